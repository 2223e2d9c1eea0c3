// Slash commands in drafts: `/` at the start of a line (after optional indentation) followed by the word
// being typed, like a helpdesk's macros. Word characters include Devanagari and Bengali letters and their
// combining marks, so `/नमस्ते` and `/ধন্যবাদ` work.

export interface SlashContext {
  /** What was typed after the `/`, up to the cursor (may be empty). */
  query: string;
  /** Offset in the line of the `/`: the completion replaces from here to the cursor. */
  replaceStart: number;
}

const SLASH_WORD = /^([ \t]*)\/([\p{L}\p{M}\p{N}_\u200C\u200D-]*)$/u;

/** The slash command being typed at `character` (UTF-16 offset in `lineText`), or undefined. */
export function slashContext(lineText: string, character: number): SlashContext | undefined {
  if (character < 1 || character > lineText.length) return undefined;
  const m = SLASH_WORD.exec(lineText.slice(0, character));
  return m ? { query: m[2], replaceStart: m[1].length } : undefined;
}
