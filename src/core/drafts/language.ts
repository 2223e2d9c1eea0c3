// The language a draft is written in: its header's `lang`, else the script most of its letters are in,
// else the configured default. Front matter, code, URLs, e-mail addresses and placeholders are not prose
// and are ignored. Latin text is English unless enough romanised Hindi function words say otherwise.
import { parseDraftHeader } from './header';
import { HINGLISH_STRONG, HINGLISH_WEAK } from './hinglishWords';

export type DetectedLanguage = 'en' | 'hi' | 'bn';

/** Share of letters an Indic script needs to win over Latin (Indic words are written with fewer code points). */
const INDIC_SHARE = 0.35;
/** Fewer letters than this is too little to tell. */
const MIN_LETTERS = 2;
/** Hinglish needs this much evidence (strong word = 2, weak = 1), at least one strong word, and this share of words. */
const HINGLISH_SCORE = 4;
const HINGLISH_SHARE = 0.2;

const STRONG = new Set(HINGLISH_STRONG);
const WEAK = new Set(HINGLISH_WEAK);

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en', hindi: 'hi', 'हिंदी': 'hi', 'हिन्दी': 'hi', bengali: 'bn', bangla: 'bn', 'বাংলা': 'bn',
};

export function detectLanguage(text: string): DetectedLanguage | undefined {
  const prose = proseOf(text);
  let devanagari = 0;
  let bengali = 0;
  let latin = 0;
  for (const ch of prose) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x0900 && c <= 0x097f) devanagari++;
    else if (c >= 0x0980 && c <= 0x09ff) bengali++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
  }
  const total = devanagari + bengali + latin;
  if (total < MIN_LETTERS) return undefined;
  const indic = Math.max(devanagari, bengali);
  if (indic > 0 && indic / total >= INDIC_SHARE) return devanagari >= bengali ? 'hi' : 'bn';
  return isHinglish(prose) ? 'hi' : 'en';
}

/** Header `lang` (a tag or a language name), else detection, else `defaultLang`. */
export function draftLanguage(text: string, defaultLang: string): string {
  return normaliseLanguage(parseDraftHeader(text).header.lang) ?? detectLanguage(text) ?? defaultLang;
}

/** "hi", "HI", "hi-in" → "hi", "hi-IN"; "Hindi"/"हिंदी" → "hi"; anything else → undefined. */
export function normaliseLanguage(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const named = LANGUAGE_NAMES[v.toLowerCase()];
  if (named) return named;
  const m = /^([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?$/.exec(v);
  if (!m) return undefined;
  const region = m[2] ? `-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}` : '';
  return m[1].toLowerCase() + region;
}

function proseOf(text: string): string {
  return text
    .slice(parseDraftHeader(text).bodyStart)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ');
}

function isHinglish(prose: string): boolean {
  const words = prose.toLowerCase().match(/[a-z]+/g) ?? [];
  let score = 0;
  let strong = 0;
  let hits = 0;
  for (const w of words) {
    if (STRONG.has(w)) { score += 2; strong++; hits++; } else if (WEAK.has(w)) { score += 1; hits++; }
  }
  return strong > 0 && score >= HINGLISH_SCORE && hits / words.length >= HINGLISH_SHARE;
}
