// Tidying the plain text around placeholders that have neither a value nor a fallback, so a preview never
// reads "Hi , thanks" or "Thank you, ." The rules, per line, for each gap:
// 1. A respectful word after the gap ("{{name}} ji", "{{name}} জি"), a suffix attached to it
//    ("{{company.name}}-এর", "{{company.name}}'s") and a title before it ("Mr {{name}}") go with it; gaps
//    separated only by spaces or a comma merge ("{{first}} {{last}}", "{{agent.name}}, {{company.name}}").
// 2. A line that held nothing but gaps (and spaces or commas) is removed with its line break.
// 3. At the start of a line or sentence, a comma/colon after the gap goes too and the next letter is
//    capitalised: "{{name}}, thanks for waiting" → "Thanks for waiting".
// 4. Before punctuation or at the end of the line, the spaces before the gap go, and a comma before it
//    goes when punctuation or the line end follows: "Hi {{name}}, thanks" → "Hi, thanks";
//    "Thank you, {{name}}." → "Thank you."; "today, {{name}}" → "today"; a spaced dash left dangling at
//    the end of the line goes too ("any time. — {{agent.name}}" → "any time.").
// 5. Between words, one of the two spaces goes: "Hello {{name}} and welcome" → "Hello and welcome".
import { HONORIFIC_SUFFIXES, TITLES } from './nameWords';

const H = '[ \\t\\u00A0]';
const AFTER_PUNCT = /^[ \t\u00A0]*[,.!?;:।॥…)\]»”’]/u;
const SENTENCE_END = /[.!?।॥][ \t\u00A0]+$/u;
const NOT_WORD = '(?![\\p{L}\\p{M}\\p{N}])';
const NO_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const SUFFIXES = alternation(HONORIFIC_SUFFIXES);
const TITLE_WORDS = alternation(TITLES);

/** A character that does not occur in `text`, to mark gaps while the text is assembled. */
export function gapMarker(text: string): string {
  for (let c = 0xe000; c <= 0xf8ff; c++) {
    const ch = String.fromCharCode(c);
    if (!text.includes(ch)) return ch;
  }
  throw new Error('no free private-use character for a gap marker'); // needs a text with 6,400 distinct ones
}

/** Removes every `gap` marker from `text`, tidying spaces and punctuation around it as described above. */
export function tidyGaps(text: string, gap: string): string {
  if (!text.includes(gap)) return text;
  const g = gap.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = text.split(/(\r\n|\n|\r)/);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i];
    const eol = parts[i + 1] ?? '';
    if (!line.includes(gap)) {
      out.push(line + eol);
      continue;
    }
    const tidied = tidyLine(line, gap, g);
    if (tidied === undefined) {
      // Dropping the last line: the line break before it goes too.
      if (eol === '' && out.length > 0) out[out.length - 1] = out[out.length - 1].replace(/(\r\n|\n|\r)$/, '');
      continue;
    }
    out.push(tidied + eol);
  }
  return out.join('');
}

/** The line without its gaps, or undefined when nothing worth keeping remains. */
function tidyLine(line: string, gap: string, g: string): string | undefined {
  let s = line
    .replace(new RegExp(`${g}${H}+(?:${SUFFIXES})${NOT_WORD}`, 'giu'), gap)
    .replace(new RegExp(`${NO_WORD_BEFORE}(?:${TITLE_WORDS})\\.?${H}*${g}`, 'giu'), gap)
    .replace(new RegExp(`${g}[-'’][\\p{L}\\p{M}]+`, 'gu'), gap)
    .replace(new RegExp(`${g}(?:${H}*,?${H}*${g})+`, 'gu'), gap);
  if (/^[\s,;:]*$/.test(s.split(gap).join(''))) return undefined;
  for (let i = s.indexOf(gap); i !== -1; i = s.indexOf(gap)) {
    let left = s.slice(0, i);
    let right = s.slice(i + gap.length);
    const atLineStart = /^[ \t\u00A0]*$/.test(left);
    const rest = right.replace(/^[ \t\u00A0]*[,;:]?[ \t\u00A0]*/, '');
    if (atLineStart || (SENTENCE_END.test(left) && /^[\p{L}\p{M}\p{N}]/u.test(rest))) {
      right = capitaliseFirst(rest);
    } else if (/^[ \t\u00A0]*$/.test(right) || AFTER_PUNCT.test(right)) {
      left = left.replace(/[ \t\u00A0]+$/, '');
      right = right.replace(/^[ \t\u00A0]+/, '');
      if (left.endsWith(',') && (right === '' || /^[,.!?;:।॥…]/u.test(right))) left = left.slice(0, -1).replace(/[ \t\u00A0]+$/, '');
      if (right === '') left = left.replace(/[ \t\u00A0]+[—–-]$/, '');
    } else if (/[ \t\u00A0]$/.test(left)) {
      right = right.replace(/^[ \t\u00A0]+/, '');
    }
    s = left + right;
  }
  return s;
}

function capitaliseFirst(s: string): string {
  const first = s.charAt(0);
  const upper = first.toUpperCase();
  return upper.length === 1 && upper !== first ? upper + s.slice(1) : s;
}
