// What is not the agent's own words, and what the agent asked Kindly to ignore. Blocks (see blocks.ts)
// already set aside front matter and fenced code; inside a text block we skip quoted customer text
// (`>` lines and text in quotation marks), inline code, URLs, e-mail addresses and HTML comments.

import { ALL_MARKS, MARK_ZONE } from './chars';

/** Flat list of [start, end) pairs, in original-text offsets. */
export type Ranges = number[];

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const URL_STOP = /[\s<>"'`)\]]/;
const EMAIL_PART = /[\p{L}\p{M}\p{N}._%+-]/u;
const DOMAIN = /^[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+/u;
const SCHEME = /(?:https?|ftp|mailto|file)$/i;
/** Opening quote → closing quotes it pairs with. ASCII single quotes are left out (they are apostrophes). */
const QUOTE_PAIRS: Record<string, string> = {
  '"': '"', '“': '”', '„': '“”', '«': '»', '»': '«', '‹': '›', '「': '」', '『': '』', '‘': '’',
};
const MAX_QUOTE = 800;
const QUOTE_OPEN = /["“„«»‹「『‘]/g;
const WORDISH = /[\p{L}\p{M}\p{N}]/u;

/** End of the URL in `s` that goes on at `k`. (A module function: tsx names every closure made per call.) */
function urlEnd(s: string, k: number): number {
  while (k < s.length && !URL_STOP.test(s[k])) k++;
  return k;
}

function addMatches(re: RegExp, s: string, base: number, out: Ranges): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push(base + m.index, base + m.index + m[0].length);
  }
}

/**
 * Excluded ranges inside one text block `text[from, to)`. `marks`: what the phrase scanner saw in the block
 * (see NONWORD_MARKS); without a MARK_ZONE unit only a "www." address can be excluded, so most blocks return
 * at once.
 */
export function excludedRanges(text: string, from: number, to: number, marks = ALL_MARKS): Ranges {
  const s = text.slice(from, to);
  const out: Ranges = [];
  if ((marks & MARK_ZONE) === 0 && !s.includes('www.')) return out;
  if (s.includes('<!--')) addMatches(COMMENT, s, from, out);
  // URLs and e-mail addresses, found from their "://", "www." and "@" (a regex scan over every word would
  // cost more than all the phrase matching).
  for (let i = s.indexOf(':'); i !== -1; i = s.indexOf(':', i + 1)) {
    const scheme = SCHEME.exec(s.slice(Math.max(0, i - 6), i));
    if (!scheme || (s[i + 1] === ' ' || i + 1 >= s.length)) continue;
    const start = i - scheme[0].length;
    const end = urlEnd(s, i + 1);
    out.push(from + start, from + end);
    i = end;
  }
  for (let i = s.indexOf('www.'); i !== -1; i = s.indexOf('www.', i + 4)) {
    if (i > 0 && EMAIL_PART.test(s[i - 1])) continue;
    out.push(from + i, from + urlEnd(s, i));
  }
  for (let i = s.indexOf('@'); i !== -1; i = s.indexOf('@', i + 1)) {
    let a = i;
    while (a > 0 && EMAIL_PART.test(s[a - 1])) a--;
    const domain = DOMAIN.exec(s.slice(i + 1, i + 256));
    if (a < i && domain) out.push(from + a, from + i + 1 + domain[0].length);
  }
  // `>` quote lines (up to three spaces of indentation, as in Markdown).
  for (let ls = 0; ls < s.length;) {
    let le = s.indexOf('\n', ls);
    if (le === -1) le = s.length;
    let k = ls;
    while (k < le && k - ls < 4 && s[k] === ' ') k++;
    if (s[k] === '>' && k - ls < 4) out.push(from + ls, from + le);
    ls = le + 1;
  }
  // Inline code: a run of n backticks up to the next run of exactly n.
  for (let i = s.indexOf('`'); i !== -1 && i < s.length;) {
    let n = 0;
    while (s[i + n] === '`') n++;
    const fence = '`'.repeat(n);
    let j = s.indexOf(fence, i + n);
    while (j !== -1 && s[j + n] === '`') { let r = j; while (s[r] === '`') r++; j = s.indexOf(fence, r); }
    if (j === -1) { i = s.indexOf('`', i + n); continue; }
    out.push(from + i, from + j + n);
    i = s.indexOf('`', j + n);
  }
  // Quotations: an opening mark not glued to a preceding word, closed within the block by a mark not
  // glued to a following word (so apostrophes in "customer’s" never close a quote).
  QUOTE_OPEN.lastIndex = 0;
  for (let m = QUOTE_OPEN.exec(s); m !== null; m = QUOTE_OPEN.exec(s)) {
    const i = m.index;
    const closers = QUOTE_PAIRS[s[i]];
    if (i > 0 && WORDISH.test(s[i - 1])) continue;
    if (i + 1 < s.length && /\s/.test(s[i + 1]) && s[i] === '"') continue; // a closing " of something else
    const limit = Math.min(s.length, i + MAX_QUOTE);
    let j = i + 1;
    for (; j < limit; j++) {
      if (closers.includes(s[j]) && !(j + 1 < s.length && WORDISH.test(s[j + 1])) && !/\s/.test(s[j - 1])) break;
      if (s[j] === '\n' && s[j + 1] === '\n') { j = limit; break; }
    }
    if (j < limit) { out.push(from + i, from + j + 1); QUOTE_OPEN.lastIndex = j + 1; }
  }
  return out;
}

export function overlapsAny(ranges: Ranges, start: number, end: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (ranges[k] < end && start < ranges[k + 1]) return true;
  return false;
}

/**
 * The union of non-empty ranges as sorted, disjoint ranges, for `overlapsUnion`: a paragraph full of quotes
 * and thousands of hits would otherwise test every hit against every range.
 */
export function unionOf(ranges: Ranges): Ranges {
  const order: number[] = [];
  for (let k = 0; k < ranges.length; k += 2) order.push(k);
  order.sort((a, b) => ranges[a] - ranges[b]);
  const out: Ranges = [];
  for (const k of order) {
    const s = ranges[k];
    const e = ranges[k + 1];
    if (out.length && s < out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], e);
    else out.push(s, e);
  }
  return out;
}

/** overlapsAny over `unionOf(ranges)`, by binary search: the first range ending after `start` decides. */
export function overlapsUnion(union: Ranges, start: number, end: number): boolean {
  let lo = 0;
  let hi = union.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (union[2 * mid + 1] <= start) lo = mid + 1; else hi = mid;
  }
  return 2 * lo < union.length && union[2 * lo] < end;
}

/** A region where some (or all, when `ids` is null) rules are switched off by an ignore comment. */
export interface Suppression {
  start: number;
  end: number;
  /** Rule ids or categories; null = every rule. */
  ids: Set<string> | null;
}

const DIRECTIVE = /<!--\s*kindly-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

function lineBounds(text: string, pos: number): [number, number] {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  let e = text.indexOf('\n', pos);
  if (e === -1) e = text.length;
  return [s, e];
}

/**
 * Reads `<!-- kindly-disable [ids] -->` … `<!-- kindly-enable [ids] -->`, `<!-- kindly-disable-next-line [ids] -->`
 * and `<!-- kindly-disable-line [ids] -->`. Ids are rule ids or category names, separated by commas or spaces.
 */
export function suppressions(text: string): Suppression[] {
  const out: Suppression[] = [];
  // Every directive is an HTML comment: "<!--" is found much faster than "kindly-" in a long draft.
  if (!text.includes('<!--') || !text.includes('kindly')) return out;
  const open: Array<{ start: number; ids: Set<string> | null }> = [];
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text)) !== null) {
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    const ids = names.length ? new Set(names) : null;
    const end = m.index + m[0].length;
    if (m[1] === 'disable') open.push({ start: end, ids });
    else if (m[1] === 'enable') {
      for (let k = open.length - 1; k >= 0; k--) {
        const o = open[k];
        const closes = ids === null || (o.ids !== null && [...o.ids].some((id) => ids.has(id)));
        if (!closes) continue;
        out.push({ start: o.start, end: m.index, ids: o.ids });
        if (o.ids && ids) {
          const rest = new Set([...o.ids].filter((id) => !ids.has(id)));
          if (rest.size) { o.ids = rest; o.start = end; continue; }
        }
        open.splice(k, 1);
      }
    } else if (m[1] === 'disable-line') {
      const [s, e] = lineBounds(text, m.index);
      out.push({ start: s, end: e, ids });
    } else {
      const [, e] = lineBounds(text, end);
      if (e < text.length) {
        const [s2, e2] = lineBounds(text, e + 1);
        out.push({ start: s2, end: e2, ids });
      }
    }
  }
  for (const o of open) out.push({ start: o.start, end: text.length, ids: o.ids });
  return out;
}

export function isSuppressed(list: Suppression[], ruleId: string, category: string, start: number, end: number): boolean {
  for (const s of list) {
    if (start < s.start || end > s.end) {
      if (!(start < s.end && s.start < end)) continue;
    }
    if (s.ids === null || s.ids.has(ruleId) || s.ids.has(category)) return true;
  }
  return false;
}
