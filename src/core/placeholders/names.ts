// Deriving the name to greet someone by from what the helpdesk calls them. Conservative on purpose: a
// greeting without a name ("Hello there") is fine, a greeting with a wrong one ("Hi Sharma", "Hi Md") is not,
// so anything doubtful returns undefined.
//
// Rules, in order:
// - NFC; whitespace runs collapse; parentheticals and quoted nicknames are ignored.
// - E-mail addresses, URLs, digits and symbols mean "not a name"; so do organisation words and stand-ins
//   such as "Customer".
// - A comma means "Surname, Given" ("Sharma, Priya" → "Priya"), unless what follows is a suffix ("…, PhD").
// - Leading titles (Mr, Dr, Shri, श्रीमती, জনাব, ডাঃ …) and customary prefixes (Md., Mohd., মোঃ) are dropped.
//   A title followed by a single word is most likely a surname ("Mr Sharma"), so that is undefined.
// - Trailing honorifics (ji, जी, বাবু, দা …) and suffixes (Jr, III, PhD) are dropped.
// - Initials are skipped: the result is the first given name that is not an initial
//   ("A. P. J. Abdul Kalam" → "Abdul"). Only initials, or initials and one last word (a surname:
//   "K. R. Narayanan", "AP Sharma"), → undefined.
// - Devanagari and Bengali stay exactly as typed; an all-lower or all-upper Latin name is title-cased
//   ("PRIYA SHARMA" → "Priya"). Hyphenated given names are kept whole ("Jean-Luc").
import {
  BENGALI_LATIN_SUFFIXES, HONORIFIC_SUFFIXES, NAME_PREFIXES, NAME_SUFFIXES, NOT_NAMES, ORGANISATION_WORDS, TITLES,
} from './nameWords';
import { baseLanguage } from './timeGreetings';

const key = (word: string) => word.normalize('NFC').toLowerCase().replace(/\.$/, '');
const asSet = (words: readonly string[]) => new Set(words.map(key));
const TITLE_SET = asSet(TITLES);
const PREFIX_SET = asSet(NAME_PREFIXES);
const HONORIFIC_SET = asSet(HONORIFIC_SUFFIXES);
const BN_LATIN_SET = asSet(BENGALI_LATIN_SUFFIXES);
const SUFFIX_SET = asSet(NAME_SUFFIXES);
const ORGANISATION_SET = asSet(ORGANISATION_WORDS);
const NOT_NAME_SET = asSet(NOT_NAMES);

/** Letters, combining marks (matras, virama, nukta), ZWJ/ZWNJ (meaningful in Indic scripts), apostrophes, hyphens, dots. */
const NAME_TOKEN = /^[\p{L}\p{M}\u200C\u200D'’.-]+$/u;
const LATIN_WORD = /^[A-Za-z\u00C0-\u024F'’.-]+$/;

export function isTitle(word: string): boolean {
  return TITLE_SET.has(key(word));
}

export function isHonorificSuffix(word: string, lang?: string): boolean {
  const k = key(word);
  return HONORIFIC_SET.has(k) || (lang !== undefined && baseLanguage(lang) === 'bn' && BN_LATIN_SET.has(k));
}

/** The name to greet `fullName` by, or undefined when it cannot be told with confidence. */
export function firstName(fullName: string | undefined, lang?: string): string | undefined {
  if (typeof fullName !== 'string') return undefined;
  let s = fullName.normalize('NFC');
  if (/@|:\/\/|^\s*www\./i.test(s)) return undefined;
  s = s
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/"[^"]*"|“[^”]*”/g, ' ')
    .replace(/[\s\u200B]+/g, ' ')
    .trim()
    .replace(/^['’]+|['’]+$/g, '');
  if (s === '') return undefined;

  let parts = s.split(',').map((p) => p.trim()).filter((p) => p !== '');
  parts = parts.filter((p, i) => i === 0 || !p.split(' ').every((w) => SUFFIX_SET.has(key(w))));
  if (parts.length === 0 || parts.length > 2) return undefined;
  const surnameFirst = parts.length === 2;
  const all = parts.flatMap(tokenize);
  if (all.some((t) => !NAME_TOKEN.test(t) || ORGANISATION_SET.has(key(t)))) return undefined;

  let tokens = tokenize(surnameFirst ? parts[1] : parts[0]);
  let hadTitle = false;
  while (tokens.length > 0 && (TITLE_SET.has(key(tokens[0])) || PREFIX_SET.has(key(tokens[0])))) {
    hadTitle ||= TITLE_SET.has(key(tokens[0]));
    tokens = tokens.slice(1);
  }
  tokens = stripTrailing(tokens, lang);
  if (tokens.length === 0) return undefined;
  if (hadTitle && !surnameFirst && tokens.length === 1) return undefined;

  const allCaps = all.every((t) => LATIN_WORD.test(t) && t === t.toUpperCase());
  const at = tokens.findIndex((t, i) => !isInitial(t, allCaps, i === tokens.length - 1));
  if (at === -1) return undefined;
  // After initials, a lone last word is the surname ("K. R. Narayanan", "AP Sharma").
  if (at > 0 && at === tokens.length - 1 && !surnameFirst) return undefined;
  const given = tokens[at];
  const name = given.replace(/\.+$/, '').replace(/^-+|-+$/g, '');
  if (!/\p{L}/u.test(name) || NOT_NAME_SET.has(key(name))) return undefined;
  return needsTitleCase(all) && LATIN_WORD.test(name) ? titleCase(name) : name;
}

/** Splits on spaces and after dots glued to the next word ("Dr.Priya", "A.P.J."). */
function tokenize(part: string): string[] {
  return part.split(' ').flatMap((w) => w.split(/(?<=\.)(?=\p{L})/u)).filter((w) => w !== '' && w !== '.');
}

/** Drops trailing honorifics and suffixes, also when hyphenated ("Rahul-ji"), as long as a word remains. */
function stripTrailing(tokens: string[], lang?: string): string[] {
  const out = [...tokens];
  while (out.length > 1 && (isHonorificSuffix(out[out.length - 1], lang) || SUFFIX_SET.has(key(out[out.length - 1])))) out.pop();
  if (out.length > 0) {
    const last = out[out.length - 1];
    const dash = last.lastIndexOf('-');
    if (dash > 0 && isHonorificSuffix(last.slice(dash + 1), lang)) out[out.length - 1] = last.slice(0, dash);
  }
  return out;
}

/**
 * A lone letter with its marks ("A", "के", "ডি."); any word with a dot except the last ("आर.", "Wm."), since a
 * last word may just carry a full stop; or 2–3 capitals in a name not written all in capitals ("AP").
 */
function isInitial(token: string, nameIsAllCaps: boolean, isLast: boolean): boolean {
  const base = token.replace(/\.+$/, '');
  if (/^\p{L}\p{M}*$/u.test(base)) return true;
  if (base !== token && !isLast) return true;
  return !nameIsAllCaps && /^[A-Z]{2,3}$/.test(base);
}

function needsTitleCase(tokens: readonly string[]): boolean {
  const latin = tokens.join('').replace(/[^A-Za-z\u00C0-\u024F]/g, '');
  return latin.length > 1 && (latin === latin.toLowerCase() || latin === latin.toUpperCase());
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

