// Markdown → plain text for searching and excerpts: link targets, image URLs, HTML tags and markup
// characters are not words an agent searches for. Cheap regexes on purpose (runs on every document
// at index time); the safe renderer for display lives in core/markdown.

/** Characters that can start Markdown or HTML syntax; text without any is already plain. */
const MARKUP = /[<>\[\]!#*_~`|{}]|^\s{0,3}(?:[-+]|\d+[.)])\s/m;

export function plainText(markdown: string): string {
  if (!MARKUP.test(markdown)) return markdown.replace(/[ \t]+/g, ' ').trim();
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images → alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links → text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1') // reference links → text
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ') // reference definitions
    .replace(/<(?:https?|mailto):[^>\s]*>/gi, ' ') // autolinks
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // HTML tags
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '') // block markers
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|?)+\s*$/gm, ' ') // table delimiter rows
    .replace(/```[^\n]*|~~~[^\n]*/g, ' ') // fence lines (keep code)
    .replace(/\|/g, ' ')
    .replace(/[*_~`]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The words to index: plain text without `{{placeholders}}` (their field names would otherwise match
 * every template). Whitespace is not tidied: only the words matter, and this runs on every document.
 */
export function indexableText(markdown: string): string {
  if (!MARKUP.test(markdown)) return markdown.includes('{{') ? markdown.replace(PLACEHOLDER, ' ') : markdown;
  return plainText(markdown).replace(PLACEHOLDER, ' ');
}

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;
