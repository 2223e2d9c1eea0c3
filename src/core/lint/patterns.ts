// Regex rules: compiled once, run line by line in bounded chunks so a slow (polynomial) pattern can only
// overrun its time budget by one chunk, never hang the editor on a 1 MB line. Matches must start and end on
// Unicode word boundaries, like phrases, and `\b` in a pack pattern is rewritten to a Unicode-aware boundary
// (JavaScript's own is ASCII-only). Unsafe patterns never get here: `checkPatternSafety` (core/regex/safety, the
// same check the pack loader runs) rejects them.
import { isWordAt } from './chars';
import { checkPatternSafety, RULE_PATTERN_FLAGS } from '../regex/safety';

const W = '[\\p{L}\\p{M}\\p{N}]';
const UNICODE_B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
/** Longest piece of a line one regex call sees; longer lines are cut at a space near this size. */
export const CHUNK = 4000;

/** Rewrites `\b` outside character classes to a boundary that understands Devanagari and Bengali. */
export function unicodeBoundaries(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      out += !inClass && next === 'b' ? UNICODE_B : ch + next;
      i++;
    } else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return out;
}

export interface CompiledPattern {
  regex: RegExp;
}

/** Compiles a pack pattern, or returns the reason it cannot be used. */
export function compilePattern(pattern: string): CompiledPattern | string {
  const problem = checkPatternSafety(pattern);
  if (problem) return problem;
  return { regex: new RegExp(unicodeBoundaries(pattern), `g${RULE_PATTERN_FLAGS}`) };
}

/** Splits `text[from, to)` into chunks: lines, and long lines cut at whitespace near CHUNK. */
export function forEachChunk(text: string, from: number, to: number, fn: (start: number, end: number) => boolean): void {
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > to) nl = to;
    let lineEnd = nl;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    let s = pos;
    while (s < lineEnd) {
      let e = Math.min(lineEnd, s + CHUNK);
      if (e < lineEnd) {
        const space = text.lastIndexOf(' ', e);
        if (space > s + CHUNK / 2) e = space;
      }
      if (!fn(s, e)) return;
      s = e;
    }
    pos = nl + 1;
  }
}

export interface PatternRun {
  /** Set when the rule ran out of time and stopped early. */
  timedOut: boolean;
  /** Time the run took, by the clock reads it makes anyway (callers add it up without reading the clock again). */
  elapsedMs: number;
}

/**
 * Reports each match of `compiled` in `text[from, to)` that begins and ends on word boundaries. Zero-length
 * matches are skipped (and never loop); the rule stops after `budgetMs`.
 */
export function runPattern(
  compiled: CompiledPattern, text: string, from: number, to: number, budgetMs: number,
  emit: (start: number, end: number) => void, now: () => number = () => performance.now(),
): PatternRun {
  const regex = compiled.regex;
  const started = now();
  let elapsedMs = 0;
  let timedOut = false;
  forEachChunk(text, from, to, (s, e) => {
    const chunk = text.slice(s, e);
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    let count = 0;
    while ((m = regex.exec(chunk)) !== null) {
      const len = m[0].length;
      if (len === 0) {
        regex.lastIndex = m.index + ((chunk.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
        if (regex.lastIndex > chunk.length) break;
      } else {
        const a = s + m.index;
        const b = a + len;
        const startOk = !isWordAt(text, a) || !isWordAt(text, a - 1);
        const endOk = !isWordAt(text, b - 1) || !isWordAt(text, b);
        if (startOk && endOk) emit(a, b);
        else regex.lastIndex = m.index + 1; // let a later, boundary-aligned start be found
      }
      if ((++count & 63) === 0 && (elapsedMs = now() - started) > budgetMs) { timedOut = true; return false; }
    }
    if ((elapsedMs = now() - started) > budgetMs) { timedOut = true; return false; }
    return true;
  });
  return { timedOut, elapsedMs };
}
