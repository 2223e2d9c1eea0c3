// Character classes and the matching normal form, per UTF-16 code unit so the scanner can stay a single
// charCodeAt loop. JavaScript's \b and \w are ASCII-only; Devanagari and Bengali words are full of combining
// marks (matras, virama, nukta), so "word character" here means \p{L}, \p{M}, \p{N} plus the zero-width
// joiners that sit inside Indic words.
//
// The normal form folds what agents type differently for the same word: case, curly apostrophes, nukta
// (क़ → क), chandrabindu → anusvara, composed vs decomposed Bengali vowel signs (ো = ে + া), and removes
// ZWJ/ZWNJ/soft hyphens. Phrases and text go through the same folding, so they compare equal.

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;

/** 0 = not computed yet, 1 = word, 2 = not a word character, 3 = surrogate (decide with its pair). */
const WORD_CLASS = new Uint8Array(65536);
const UNKNOWN = 0xffff;
const EXPANDS = 0xfffe;
/** Folded code unit; 0 = dropped; EXPANDS = two units (see EXPANSIONS); UNKNOWN = not computed yet. */
const FOLD = new Uint16Array(65536).fill(UNKNOWN);
const EXPANSIONS = new Map<number, [number, number]>([
  [0x09cb, [0x09c7, 0x09be]], // Bengali ো
  [0x09cc, [0x09c7, 0x09d7]], // Bengali ৌ
]);
const FIXED_FOLDS: Array<[number, number]> = [
  [0x200c, 0], [0x200d, 0], [0x00ad, 0], [0xfeff, 0], [0x200b, 0], // joiners, soft hyphen, BOM, ZWSP
  [0x093c, 0], [0x09bc, 0], // nukta (Devanagari, Bengali)
  [0x0958, 0x0915], [0x0959, 0x0916], [0x095a, 0x0917], [0x095b, 0x091c],
  [0x095c, 0x0921], [0x095d, 0x0922], [0x095e, 0x092b], [0x095f, 0x092f],
  [0x0929, 0x0928], [0x0931, 0x0930], [0x0934, 0x0933],
  [0x09dc, 0x09a1], [0x09dd, 0x09a2], [0x09df, 0x09af],
  // Nasalisation is spelled every which way (नहीं / नही, हैं / है, পাঁচ / পাচ): drop Devanagari
  // chandrabindu and anusvara and Bengali chandrabindu. Bengali anusvara (ং) is a real consonant sound.
  [0x0901, 0], [0x0902, 0], [0x0981, 0],
  [0x2019, 0x27], [0x2018, 0x27], [0x02bc, 0x27], // apostrophes
];
for (const [from, to] of FIXED_FOLDS) FOLD[from] = to;
for (const from of EXPANSIONS.keys()) FOLD[from] = EXPANDS;
for (const c of [0x200c, 0x200d, 0x00ad]) WORD_CLASS[c] = 1; // never split a word
WORD_CLASS[0xfeff] = 2;
WORD_CLASS[0x200b] = 2;
for (let c = 0xd800; c <= 0xdfff; c++) WORD_CLASS[c] = 3;

function classify(c: number): number {
  const k = WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;
  WORD_CLASS[c] = k;
  return k;
}

/** Is the code unit at `i` part of a word? Handles surrogate pairs (astral letters count, emoji do not). */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  let k = WORD_CLASS[c];
  if (k === 0) k = classify(c);
  if (k !== 3) return k === 1;
  const cp = text.codePointAt(c >= 0xdc00 && i > 0 ? i - 1 : i) ?? c;
  return cp > 0xffff && WORD_RE.test(String.fromCodePoint(cp));
}

/** Word class of a single code unit (surrogates report 3). Exported for the scanner's hot loop. */
export function wordClass(c: number): number {
  const k = WORD_CLASS[c];
  return k === 0 ? classify(c) : k;
}

/** ASCII, Devanagari and Bengali digits. */
export function isDigitUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x0966 && c <= 0x096f) || (c >= 0x09e6 && c <= 0x09ef);
}

export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x02bc || c === 0x2018;
}

function computeFold(c: number): number {
  const lower = String.fromCharCode(c).toLowerCase();
  const f = lower.length === 1 ? lower.charCodeAt(0) : c;
  FOLD[c] = f;
  return f;
}

/** Folded value of one code unit: 0 = drop, EXPANDS = see `expansion`, otherwise the folded unit. */
export function foldUnit(c: number): number {
  const f = FOLD[c];
  return f === UNKNOWN ? computeFold(c) : f;
}
export const FOLD_EXPANDS = EXPANDS;
/** Code units folded as two units (see `expansion`). */
export const EXPANDING_UNITS: readonly number[] = [...EXPANSIONS.keys()];
const EXP_O: [number, number] = [0x09c7, 0x09be];
const EXP_AU: [number, number] = [0x09c7, 0x09d7];
export function expansion(c: number): [number, number] {
  return c === 0x09cb ? EXP_O : c === 0x09cc ? EXP_AU : [c, c];
}

/**
 * The scanner's one-lookup fast path, per code unit: 0 = not a word character; 2 = a word character that
 * folding drops (anusvara, nukta, joiners); ≥ 3 = a word character whose folded form is this single unit;
 * 1 = anything else (not learnt yet, surrogates, apostrophes, Bengali vowel signs that expand), which takes
 * the exact path through `wordClass`/`foldUnit` and is learnt there when it can be.
 */
export const WORD_FOLD = new Uint16Array(65536).fill(1);

/** Records code unit `c` in WORD_FOLD when it has a one-lookup answer. */
export function learnUnit(c: number): void {
  if ((c >= 0xd800 && c <= 0xdfff) || isApostrophe(c)) return;
  const k = wordClass(c);
  if (k === 2) { WORD_FOLD[c] = 0; return; }
  const f = foldUnit(c);
  if (f === 0) WORD_FOLD[c] = 2;
  else if (f !== EXPANDS && f >= 3) WORD_FOLD[c] = f;
}
for (let c = 0; c < 0x250; c++) learnUnit(c);
for (let c = 0x0900; c < 0x0a00; c++) learnUnit(c);

/** FNV-1a step, the token hash the phrase trie is keyed by. */
export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 16777619);
}
export const HASH_SEED = 2166136261 | 0;

/**
 * Bengali nouns take classifiers (অভিযোগটি, নির্দেশনাগুলো); matching ignores them, so a phrase about
 * "আপনার অভিযোগ" also finds "আপনার অভিযোগটি". Folded forms (ো is stored as ে + া).
 */
const CLASSIFIERS: number[][] = [
  [0x099f, 0x09bf], [0x099f, 0x09be], [0x0997, 0x09c1, 0x09b2, 0x09c7, 0x09be], [0x0997, 0x09c1, 0x09b2, 0x09bf],
];

/**
 * Two-unit words a classifier never comes off: the demonstratives and pronoun in "এইটা", "ওইটা", "সেটা"
 * ("this one", "that one", "that") are not "এই", "ওই", "সে" ("this", "that", "he/she").
 */
const KEEP_WHOLE = [[0x098f, 0x0987], [0x0993, 0x0987], [0x09b8, 0x09c7]];

/** Length of folded `units[0, len)` without a trailing Bengali classifier (len when there is none). */
export function stemLength(units: ArrayLike<number>, len: number): number {
  if (len < 4 || units[len - 1] < 0x0980 || units[len - 1] > 0x09ff) return len;
  for (const suf of CLASSIFIERS) {
    const k = suf.length;
    if (len - k < 2) continue;
    let ok = true;
    for (let j = 0; j < k; j++) if (units[len - k + j] !== suf[j]) { ok = false; break; }
    if (!ok) continue;
    if (len - k === 2 && KEEP_WHOLE.some(([a, b]) => units[0] === a && units[1] === b)) return len;
    return len - k;
  }
  return len;
}

export interface Token {
  /** Folded text of the word. */
  norm: string;
  hash: number;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
}

/**
 * Splits `text[from, to)` into words (Unicode-aware; an apostrophe between letters stays inside the word,
 * as in "can't"). The scanner in `matcher.ts` does the same walk without allocating; this version backs
 * phrase compilation and match verification, so both sides see identical tokens.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordAt(text, i)) { i++; continue; }
    const start = i;
    let norm = '';
    let hash = HASH_SEED;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isWordAt(text, i)) {
        const f = foldUnit(c);
        if (f === EXPANDS) {
          for (const u of expansion(c)) { norm += String.fromCharCode(u); hash = hashStep(hash, u); }
        } else if (f !== 0) {
          norm += String.fromCharCode(f); hash = hashStep(hash, f);
        }
        i++;
      } else if (isApostrophe(c) && i + 1 < to && isWordAt(text, i + 1)) {
        norm += "'"; hash = hashStep(hash, 0x27); i++;
      } else break;
    }
    const units: number[] = [];
    for (let k = 0; k < norm.length; k++) units.push(norm.charCodeAt(k));
    const stem = stemLength(units, units.length);
    if (stem !== units.length) {
      norm = norm.slice(0, stem);
      hash = HASH_SEED;
      for (let k = 0; k < stem; k++) hash = hashStep(hash, units[k]);
    }
    if (norm !== '') out.push({ norm, hash, start, end: i }); // joiners alone (emoji ZWJ) are no word
  }
  return out;
}

/** The folded form of a whole string: its words joined by single spaces. */
export function normalizeWords(text: string): string {
  return tokenize(text).map((t) => t.norm).join(' ');
}

/**
 * Marks of non-word code units, which the phrase scanner ORs together for the range it scans (it reads every
 * unit anyway): a block without any MARK_ZONE unit has no quote, code, URL, e-mail or comment to exclude
 * (bar "www.", which starts with letters), and one without MARK_PLACEHOLDER has no template field. MARK_PUNCT
 * marks punctuation and emoji that rule patterns often require (see `requiredUnits` in regex/safety.ts): a
 * pattern that needs one of them cannot match in a block without any.
 */
export const MARK_ZONE = 1;
export const MARK_PLACEHOLDER = 2;
export const MARK_PUNCT = 4;
export const ALL_MARKS = 0xff;
export const NONWORD_MARKS = new Uint8Array(65536);
for (const c of '<:@>`"“„«»‹「『‘') NONWORD_MARKS[c.charCodeAt(0)] |= MARK_ZONE;
for (const c of '{[<$%') NONWORD_MARKS[c.charCodeAt(0)] |= MARK_PLACEHOLDER;
for (const c of '?!,;.') NONWORD_MARKS[c.charCodeAt(0)] |= MARK_PUNCT;
for (let c = 0xd83c; c <= 0xd83e; c++) NONWORD_MARKS[c] |= MARK_PUNCT; // high surrogates of U+1F000–U+1FBFF (emoji)
