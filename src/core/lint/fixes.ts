// Rewrites and how they are applied: "$0" stands for the flagged text, the first letter follows the
// flagged text's casing (a sentence-initial "We can't" becomes "Here is what I can do", mid-sentence stays
// lower-case), and an empty rewrite deletes the phrase together with the comma and space it leaves behind.
import type { Finding } from './types';

const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Words that keep their capital mid-sentence. */
const KEEP_CAPITAL = /^(?:I|I'm|I’m|I'll|I’ll|I've|I’ve|I'd|I’d)(?![\p{L}\p{M}])/u;

export function adaptCase(rewrite: string, match: string): string {
  if (rewrite === '') return rewrite;
  const firstMatch = /[\p{L}]/u.exec(match)?.[0] ?? '';
  if (UPPER.test(firstMatch)) {
    return rewrite.replace(/^(\P{L}*)(\p{L})/u, (_, pre: string, ch: string) => pre + ch.toUpperCase());
  }
  if (LOWER.test(firstMatch) && !KEEP_CAPITAL.test(rewrite)) {
    // Lower-case a capitalised first word ("Here") but not an acronym ("ASAP") or a name-like mixed word.
    return rewrite.replace(/^(\P{L}*)(\p{Lu})(?=\p{Ll})/u, (_, pre: string, ch: string) => pre + ch.toLowerCase());
  }
  return rewrite;
}

/** Fills "$0" and adapts casing; drops empty duplicates and rewrites equal to the match. */
export function buildRewrites(templates: readonly string[], match: string): string[] {
  const out: string[] = [];
  for (const t of templates) {
    const r = adaptCase(t.replace(/\$0/g, match), match);
    if (r !== match && !out.includes(r)) out.push(r);
  }
  return out;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * The edit that applies `finding.rewrites[rewriteIndex]`. Only the flagged span changes, except that a
 * deletion also takes one neighbouring space (and a following comma) and re-capitalises the next word when
 * the deleted phrase began a sentence.
 */
export function applyFix(text: string, finding: Pick<Finding, 'start' | 'end' | 'rewrites'>, rewriteIndex = 0): TextEdit {
  const rewrite = finding.rewrites[rewriteIndex];
  if (rewrite === undefined) throw new RangeError(`finding has no rewrite #${rewriteIndex}`);
  const { start } = finding;
  let { end } = finding;
  if (rewrite !== '') return { start, end, newText: rewrite };
  let s = start;
  if (text[end] === ',') end++;
  if (text[end] === ' ') end++;
  else if (s > 0 && text[s - 1] === ' ') s--;
  const before = text.slice(0, s).replace(/[ \t]+$/, '');
  const sentenceStart = before === '' || /[.!?।\n]\s*$/u.test(before) || /[.!?।\n]$/u.test(before);
  if (sentenceStart && UPPER.test(text.slice(start, finding.end))) {
    const next = /^\p{Ll}/u.exec(text.slice(end));
    if (next) return { start: s, end: end + next[0].length, newText: next[0].toUpperCase() };
  }
  return { start: s, end, newText: '' };
}

/** `text` with the edit applied. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/**
 * Applies the preferred rewrite of every finding that has one, skipping findings that overlap one already
 * applied. Returns the new text and how many fixes were made.
 */
export function applyAllFixes(text: string, findings: readonly Finding[]): { text: string; fixed: number } {
  const edits: TextEdit[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.rewrites.length === 0) continue;
    const e = applyFix(text, f, 0);
    const prev = edits[edits.length - 1];
    if (prev && e.start < prev.end) continue;
    edits.push(e);
  }
  let out = text;
  for (let k = edits.length - 1; k >= 0; k--) out = applyEdit(out, edits[k]);
  return { text: out, fixed: edits.length };
}
