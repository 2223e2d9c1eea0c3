// Text normalisation and tokenisation for search in English, Hindi and Bengali (and mixed text).
// Everything here is deterministic and pure: the index and the query go through the same functions,
// so whatever is folded away on one side is folded away on the other.
import { STOP_WORD_LISTS } from './stopwords';

export interface Token {
  /** Normalised surface form (NFC, case-folded, nukta/chandrabindu folded, joiners removed). */
  norm: string;
  /** UTF-16 offsets of the token in the original (un-normalised) text. */
  start: number;
  end: number;
}

// Letters + combining marks + digits, with ZWJ/ZWNJ/soft hyphen allowed inside (they vanish on
// normalisation) and apostrophes joining English contractions ("don't", "customer's").
const TOKEN_RE = /[\p{L}\p{M}\p{N}\u200c\u200d\u00ad]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;
const ASCII_WORD = /^[a-z0-9]+$/;
const ASCII_TEXT = /^[\x00-\x7f]*$/;
const ASCII_TOKENS = /[a-z0-9]+/g;
const NORM_TOKENS = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN_WORD = /^[a-z0-9\u00c0-\u024f']+$/;
const DEVANAGARI = /[\u0900-\u097f]/;
const BENGALI = /[\u0980-\u09ff]/;
const INDIC = /[\u0900-\u09ff]/;

// Single characters folded by normalize(), in one pass (it runs on every Hindi/Bengali document):
const FOLDS: Record<string, string> = {
  // Joiners, soft hyphen, BOM and apostrophes vanish.
  '\u200c': '', '\u200d': '', '\u00ad': '', '\ufeff': '', "'": '', '\u2019': '',
  // Devanagari nukta (U+093C): क़/क, ज़/ज, फ़/फ are spelt both ways; NFC keeps them decomposed, so dropping
  // the sign folds them. Bengali ড়/ড and য়/য are different letters and keep theirs.
  '\u093c': '',
  // Chandrabindu → anusvara (हाँ / हां, চাঁদ / চাংদ are spelt both ways).
  '\u0901': '\u0902', '\u0981': '\u0982',
  // Candra O/E (ऑ ॉ ॅ, used in English loans like ऑर्डर) → ओ ो े.
  '\u0911': '\u0913', '\u0949': '\u094b', '\u0945': '\u0947',
  // Khanda ta ৎ is ত + hasanta in many keyboards.
  '\u09ce': '\u09a4\u09cd',
};
const FOLDED = new RegExp(`[${Object.keys(FOLDS).join('')}]`);
const FOLDED_ALL = new RegExp(FOLDED.source, 'g');

/** Full normalisation of a piece of text (used on single tokens and on phrases). */
export function normalize(text: string): string {
  if (ASCII_TEXT.test(text)) return text.toLowerCase().replace(/'/g, '');
  let s = text.normalize('NFC').toLowerCase();
  if (FOLDED.test(s)) s = s.replace(FOLDED_ALL, (c) => FOLDS[c]);
  // Latin diacritics fold ("café" → "cafe") without touching Indic combining marks.
  if (/[\u00c0-\u024f]/.test(s)) s = s.normalize('NFD').replace(/([a-z])[\u0300-\u036f]+/g, '$1').normalize('NFC');
  return s;
}

/** Tokens of `text` with their original offsets; normalised forms never empty. */
export function tokenize(text: string): Token[] {
  if (ASCII_TEXT.test(text)) return tokenizeAscii(text);
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const norm = normalizeToken(m[0]);
    if (norm.length > 0) out.push({ norm, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * normalize() of one token, remembered: excerpts tokenise the bodies of the results on every keystroke,
 * and NFC plus the folds cost several times a lookup of the (often repeated) Hindi/Bengali word.
 */
function normalizeToken(raw: string): string {
  let norm = tokenNorms.get(raw);
  if (norm === undefined) {
    norm = normalize(raw);
    if (tokenNorms.size >= 8192) tokenNorms.clear();
    tokenNorms.set(raw, norm);
  }
  return norm;
}
const tokenNorms = new Map<string, string>();

/** tokenize() for ASCII text (most bodies), by hand: letters and digits, joined by inner apostrophes. */
function tokenizeAscii(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiWordChar(text.charCodeAt(i))) { i++; continue; }
    const start = i;
    let apostrophe = false;
    for (;;) {
      while (i < n && isAsciiWordChar(text.charCodeAt(i))) i++;
      if (i + 1 < n && text.charCodeAt(i) === 39 && isAsciiWordChar(text.charCodeAt(i + 1))) { apostrophe = true; i++; continue; }
      break;
    }
    let norm = text.slice(start, i).toLowerCase();
    if (apostrophe) norm = norm.replace(/'/g, '');
    out.push({ norm, start, end: i });
  }
  return out;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/**
 * Just the normalised words (no offsets): the fast path for indexing. Normalises the whole text once
 * (every fold is per character, and joiners/apostrophes vanish inside words either way), then splits.
 */
export function words(text: string): string[] {
  if (ASCII_TEXT.test(text)) {
    return text.toLowerCase().replace(/'/g, '').match(ASCII_TOKENS) ?? [];
  }
  return normalize(text).match(NORM_TOKENS) ?? [];
}

export type Script = 'latin' | 'devanagari' | 'bengali' | 'other';

export function scriptOf(word: string): Script {
  if (LATIN_WORD.test(word)) return 'latin';
  if (DEVANAGARI.test(word)) return 'devanagari';
  if (BENGALI.test(word)) return 'bengali';
  return 'other';
}

export function isIndic(word: string): boolean {
  return INDIC.test(word);
}

let stopWords: Set<string> | undefined;
/** Whether a normalised word is a stop word (in any of the three languages). */
export function isStopWord(norm: string): boolean {
  stopWords ??= new Set(STOP_WORD_LISTS.flat().map(normalize));
  return stopWords.has(norm);
}

const VOWELS = 'aeiouy';
function hasVowel(s: string): boolean {
  for (const c of s) if (VOWELS.includes(c)) return true;
  return false;
}

/**
 * Conservative English stemmer: plurals, -ing, -ed, a silent final e and doubled final consonants,
 * applied only to ASCII words of four letters or more. It only needs to map inflections of one
 * word to the same key, never to produce a dictionary form ("charging", "charged", "charge" → "charg").
 */
export function stem(word: string): string {
  if (word.length < 4 || !ASCII_WORD.test(word) || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length - 3 >= 3 && hasVowel(w.slice(0, -3))) w = w.slice(0, -3);
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length - 2 >= 3 && hasVowel(w.slice(0, -2))) w = w.slice(0, -2);

  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !VOWELS.includes(w[n - 1])) w = w.slice(0, -1);
  return w;
}

/** The index term for a normalised word. */
export function termOf(norm: string): string {
  return stem(norm);
}

// ---------------------------------------------------------------------------------------------
// Transliteration key ("Hinglish"/"Banglish"): a coarse Latin consonant skeleton. Devanagari and
// Bengali words are first spelt out in plain Latin letters, Latin words are taken as they are, and
// then the same folding runs on both: aspirates, w/v, z/j, f/ph, sh/s, c/k, doubled letters and all
// vowels except a word-initial one disappear. "paisa" and "पैसा" both become "ps", "order" and
// "ऑर्डर" both "ardr", "kobe" and "কবে" both "kb".
// ---------------------------------------------------------------------------------------------

const DEVA_CONS: Record<string, string> = {
  'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'n', 'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n',
  'ट': 't', 'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n',
  'प': 'p', 'फ': 'ph', 'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'व': 'v', 'श': 'sh',
  'ष': 'sh', 'स': 's', 'ह': 'h', 'ळ': 'l', 'ऴ': 'l', 'ऩ': 'n', 'ऱ': 'r',
  // Precomposed nukta letters (normally folded already by normalize()).
  'क़': 'k', 'ख़': 'kh', 'ग़': 'g', 'ज़': 'j', 'ड़': 'd', 'ढ़': 'dh', 'फ़': 'f', 'य़': 'y',
};
const DEVA_VOWEL: Record<string, string> = {
  'अ': 'a', 'आ': 'aa', 'इ': 'i', 'ई': 'ee', 'उ': 'u', 'ऊ': 'oo', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o',
  'औ': 'au', 'ऑ': 'o', 'ऍ': 'e', 'ॲ': 'a',
};
const DEVA_SIGN: Record<string, string> = {
  '\u093e': 'aa', '\u093f': 'i', '\u0940': 'ee', '\u0941': 'u', '\u0942': 'oo', '\u0943': 'ri', '\u0947': 'e',
  '\u0948': 'ai', '\u094b': 'o', '\u094c': 'au', '\u0949': 'o', '\u0945': 'e',
};
const BENG_CONS: Record<string, string> = {
  'ক': 'k', 'খ': 'kh', 'গ': 'g', 'ঘ': 'gh', 'ঙ': 'n', 'চ': 'ch', 'ছ': 'chh', 'জ': 'j', 'ঝ': 'jh', 'ঞ': 'n',
  'ট': 't', 'ঠ': 'th', 'ড': 'd', 'ঢ': 'dh', 'ণ': 'n', 'ত': 't', 'থ': 'th', 'দ': 'd', 'ধ': 'dh', 'ন': 'n',
  'প': 'p', 'ফ': 'ph', 'ব': 'b', 'ভ': 'bh', 'ম': 'm', 'য': 'j', 'র': 'r', 'ল': 'l', 'শ': 'sh', 'ষ': 'sh',
  'স': 's', 'হ': 'h', 'ড়': 'r', 'ঢ়': 'r', 'য়': 'y', 'ৎ': 't', 'ৰ': 'r', 'ৱ': 'v',
};
const BENG_VOWEL: Record<string, string> = {
  'অ': 'o', 'আ': 'a', 'ই': 'i', 'ঈ': 'ee', 'উ': 'u', 'ঊ': 'oo', 'ঋ': 'ri', 'এ': 'e', 'ঐ': 'oi', 'ও': 'o', 'ঔ': 'ou',
};
const BENG_SIGN: Record<string, string> = {
  '\u09be': 'a', '\u09bf': 'i', '\u09c0': 'ee', '\u09c1': 'u', '\u09c2': 'oo', '\u09c3': 'ri', '\u09c7': 'e',
  '\u09c8': 'oi', '\u09cb': 'o', '\u09cc': 'ou',
};
const DIGITS: Record<string, string> = {};
for (let i = 0; i < 10; i++) {
  DIGITS[String.fromCharCode(0x0966 + i)] = String(i);
  DIGITS[String.fromCharCode(0x09e6 + i)] = String(i);
}

// Letters written with a nukta that are distinct letters (Bengali ড় ঢ় য়) or loan sounds (Devanagari ज़ फ़).
const DEVA_NUKTA: Record<string, string> = { 'क': 'k', 'ख': 'kh', 'ग': 'g', 'ज': 'z', 'ड': 'd', 'ढ': 'dh', 'फ': 'f', 'य': 'y' };
const BENG_NUKTA: Record<string, string> = { 'ড': 'r', 'ঢ': 'r', 'য': 'y' };

/** Spells a Devanagari or Bengali word in plain Latin letters (inherent vowels included, final one dropped). */
export function romanize(word: string): string {
  const bengali = BENGALI.test(word);
  const cons = bengali ? BENG_CONS : DEVA_CONS;
  const nukta = bengali ? BENG_NUKTA : DEVA_NUKTA;
  const vowel = bengali ? BENG_VOWEL : DEVA_VOWEL;
  const sign = bengali ? BENG_SIGN : DEVA_SIGN;
  const virama = bengali ? '\u09cd' : '\u094d';
  const inherent = bengali ? 'o' : 'a';
  const chars = [...word.normalize('NFC')]; // NFC splits ড় into ড + nukta but keeps ো whole
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    let c = cons[ch];
    if (c !== undefined) {
      if (isNukta(chars[i + 1])) { c = nukta[ch] ?? c; i++; }
      // Bengali ya-phala (্য) lengthens the consonant or the vowel instead of adding a y.
      if (bengali && ch === 'য' && chars[i - 1] === virama && c === 'j') c = '';
      out += c;
      const next = chars[i + 1];
      const followedByVowelSign = next !== undefined && (sign[next] !== undefined || next === virama);
      // Inherent vowel, except at the end of the word (schwa deletion) or before a vowel sign/virama.
      if (!followedByVowelSign && i + 1 < chars.length && !(isNasal(next) && i + 2 === chars.length)) out += inherent;
      continue;
    }
    if (sign[ch] !== undefined) { out += sign[ch]; continue; }
    if (vowel[ch] !== undefined) { out += vowel[ch]; continue; }
    // Nasalisation at the end of a word is not written in Latin ("में" → "me"); elsewhere it is an n.
    if (isNasal(ch)) { if (i + 1 < chars.length) out += 'n'; continue; }
    if (DIGITS[ch] !== undefined) { out += DIGITS[ch]; continue; }
    if (/[a-z0-9]/.test(ch)) out += ch;
    // virama, visarga, avagraha and anything else: nothing
  }
  return out;
}

function isNukta(ch: string | undefined): boolean {
  return ch === '\u093c' || ch === '\u09bc';
}

function isNasal(ch: string | undefined): boolean {
  return ch === '\u0902' || ch === '\u0901' || ch === '\u0982' || ch === '\u0981';
}

/**
 * The transliteration key of a normalised word (any script), or "" when the word has no usable key.
 * Deterministic and shared by index and query: see the block comment above.
 */
export function translitKey(norm: string): string {
  return skeleton(isIndic(norm) ? romanize(norm) : norm);
}

/**
 * Keys to look up for a Latin query word: its key, plus the key without a final nasal, because Latin
 * spellings write nasalised vowels as "n" ("main", "nahin") while Devanagari/Bengali use a sign.
 */
export function queryKeys(norm: string): string[] {
  if (isIndic(norm)) return [translitKey(norm)].filter((k) => k !== '');
  const keys = [skeleton(norm)];
  if (/[aeiou]n$/.test(norm)) keys.push(skeleton(norm.slice(0, -1)));
  return [...new Set(keys.filter((k) => k !== ''))];
}

function skeleton(latin: string): string {
  if (!/^[a-z0-9']+$/.test(latin)) return '';
  let s = latin.replace(/'/g, '');
  if (/^\d+$/.test(s)) return '';
  s = s
    .replace(/cch/g, 'ch') // "hocche", "accha": a doubled च/ছ written cch (হচ্ছে, अच्छा)
    .replace(/chh?/g, 'C') // च/ছ: kept apart from a Latin c, which is k or s
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/ph|f/g, 'p')
    .replace(/([bdgjkpstrC])h/g, '$1')
    .replace(/C/g, 'c')
    .replace(/q/g, 'k')
    .replace(/[wv]/g, 'b')
    .replace(/z/g, 'j')
    .replace(/m(?=[pb])/g, 'n')
    // y between vowels is a glide the other script may not write ("aayega" / "आएगा").
    .replace(/([aeiou])y(?=[aeiou])/g, '$1');
  const initialVowel = /^[aeiou]/.test(s);
  let body = s.replace(/[aeiouy]/g, '');
  if (initialVowel) body = 'a' + body;
  return body.replace(/(.)\1+/g, '$1');
}
