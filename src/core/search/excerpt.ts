// Highlight ranges and the short body excerpt shown under each result.
import { tokenize } from './text';
import type { Range } from './types';

/**
 * Decides whether a normalised word matched the query: 0 = no, -1 = the whole word,
 * n > 0 = only its first n (normalised) characters (a typed prefix).
 */
export type WordMatcher = (norm: string) => number;

export function highlightRanges(text: string, match: WordMatcher): Range[] {
  const out: Range[] = [];
  for (const t of tokenize(text)) {
    const m = match(t.norm);
    if (m === 0) continue;
    // A prefix highlight only when normalisation kept the length (otherwise offsets would drift).
    const partial = m > 0 && t.norm.length === t.end - t.start && m < t.norm.length;
    out.push([t.start, partial ? t.start + m : t.end]);
  }
  return out;
}

/** A window of at most `maxLength` characters of `plain` around the densest cluster of matches. */
export function makeExcerpt(plain: string, match: WordMatcher, maxLength = 160): { text: string; highlights: Range[] } {
  const tokens = tokenize(plain);
  const marks = tokens.map((t) => match(t.norm));
  const hits: number[] = []; // token indexes that matched
  marks.forEach((m, i) => { if (m !== 0) hits.push(i); });
  let from = 0;
  if (hits.length > 0) {
    // Slide a window over the hits: the most distinct matched words wins, the earliest among equals.
    const inWindow = new Map<string, number>();
    let best = 0;
    let bestStart = tokens[hits[0]].start;
    let j = 0;
    for (let i = 0; i < hits.length; i++) {
      const startAt = tokens[hits[i]].start;
      while (j < hits.length && tokens[hits[j]].end - startAt <= maxLength) {
        const w = tokens[hits[j]].norm;
        inWindow.set(w, (inWindow.get(w) ?? 0) + 1);
        j++;
      }
      if (inWindow.size > best) { best = inWindow.size; bestStart = startAt; }
      const w = tokens[hits[i]].norm;
      const c = inWindow.get(w) ?? 0;
      if (c <= 1) inWindow.delete(w);
      else inWindow.set(w, c - 1);
    }
    // Keep a little context before the first hit, starting at a word.
    const lead = Math.min(40, Math.floor(maxLength / 4));
    const wanted = Math.max(0, bestStart - lead);
    const first = wanted === 0 ? undefined : tokens.find((t) => t.start >= wanted);
    from = wanted === 0 ? 0 : Math.min(first?.start ?? bestStart, bestStart);
  }
  let to = Math.min(plain.length, from + maxLength);
  if (to < plain.length) {
    // End after the last whole word that fits.
    let lastEnd = -1;
    for (const t of tokens) {
      if (t.start < from) continue;
      if (t.end > to) break;
      lastEnd = t.end;
    }
    if (lastEnd > from) to = lastEnd;
  }
  // Collapse whitespace runs into one space, remembering where each original character went.
  const prefix = from > 0 ? '… ' : '';
  let text = '';
  const at = new Int32Array(to - from + 1); // original offset - from → offset in `text` (without prefix)
  for (let i = from; i < to; i++) {
    const ch = plain[i];
    at[i - from] = text.length;
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') {
      if (text.length === 0 || text.endsWith(' ')) continue;
      text += ' ';
    } else text += ch;
  }
  at[to - from] = text.length;
  text = text.trimEnd();
  const suffix = to < plain.length ? ' …' : '';
  const highlights: Range[] = [];
  tokens.forEach((t, i) => {
    const m = marks[i];
    if (m === 0 || t.start < from || t.end > to) return;
    const partial = m > 0 && t.norm.length === t.end - t.start && m < t.norm.length;
    const s = at[t.start - from];
    const e = Math.min(text.length, at[(partial ? t.start + m : t.end) - from]);
    if (e > s) highlights.push([s + prefix.length, e + prefix.length]);
  });
  return { text: prefix + text + suffix, highlights };
}
