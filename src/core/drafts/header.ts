// The header of a reply draft: YAML-ish front matter between `---` lines at the very top of the file.
//
//   ---
//   customer: Priya Sharma
//   ticket: 4312
//   lang: hi
//   ---
//
// Reading is tolerant (BOM, CRLF, trailing spaces, comments, quoted values, unknown keys kept); writing is a
// single minimal edit that leaves every other character of the file as it was. A `---` further down is a
// Markdown horizontal rule, never a header; so is a `---` block at the top that holds no `key: value` line.

/** Header values by key. Known keys are stored lower-case; other keys as written. */
export interface DraftHeader {
  customer?: string;
  ticket?: string;
  order?: string;
  channel?: string;
  lang?: string;
  company?: string;
  agent?: string;
  [key: string]: string | undefined;
}

export const KNOWN_HEADER_KEYS = ['customer', 'ticket', 'order', 'channel', 'lang', 'company', 'agent'] as const;

/** One `key: value` entry, with UTF-16 offsets into the parsed text. */
export interface HeaderEntry {
  key: string;
  value: string;
  /** Start of the entry's first line and end of its last line (continuation lines included, line break excluded). */
  start: number;
  end: number;
  /** Where the value text (after `:` and spaces, before any `# comment`) starts and ends. */
  valueStart: number;
  valueEnd: number;
}

export interface ParsedDraftHeader {
  header: DraftHeader;
  /** The whole block including both `---` lines (line break after the closing one excluded). */
  range?: { start: number; end: number };
  /** Where the draft's body begins (after the header's closing line break; after a BOM when there is no header). */
  bodyStart: number;
  problems: string[];
  entries: HeaderEntry[];
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

interface Line { text: string; start: number; end: number; eol: string }

const DELIMITER = /^---[ \t]*$/;
const CLOSER = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:/;
const KNOWN = new Set<string>(KNOWN_HEADER_KEYS);

export function parseDraftHeader(text: string): ParsedDraftHeader {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const none: ParsedDraftHeader = { header: {}, bodyStart: bom, problems: [], entries: [] };
  const lines = splitLines(text, bom);
  if (lines.length === 0 || !DELIMITER.test(lines[0].text)) return none;
  const closing = lines.findIndex((l, i) => i > 0 && CLOSER.test(l.text));
  const block = lines.slice(1, closing === -1 ? lines.length : closing);
  const { entries, problems } = readEntries(block);
  if (entries.length === 0 && block.some((l) => !isBlankOrComment(l.text))) return none; // a horizontal rule
  if (closing === -1) {
    return entries.length === 0 ? none : { ...none, problems: ['the header is not closed: add a line with "---" after its last "key: value" line'] };
  }
  const header: DraftHeader = {};
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.key)) problems.push(`"${e.key}" appears more than once in the header; the last one is used`);
    seen.add(e.key);
    header[e.key] = e.value;
  }
  const last = lines[closing];
  return { header, range: { start: lines[0].start, end: last.end }, bodyStart: last.end + last.eol.length, problems, entries };
}

/**
 * The single edit that sets header keys (`customer`, `ticket`, … or any other key) to the given values, or
 * removes them when the value is undefined. Existing lines keep their place, spelling, spacing and
 * comments; new keys go at the end of the header; without a header, one is created at the top.
 */
export function setHeaderFields(text: string, fields: Record<string, string | undefined>): TextEdit {
  const parsed = parseDraftHeader(text);
  const eol = detectEol(text);
  if (!parsed.range) {
    const lines = Object.entries(fields).filter((f): f is [string, string] => f[1] !== undefined)
      .map(([k, v]) => `${k}: ${formatHeaderValue(v)}${eol}`);
    const at = parsed.bodyStart;
    if (lines.length === 0) return { start: at, end: at, newText: '' };
    const rest = text.slice(at);
    const gap = rest === '' || /^\r?\n/.test(rest) ? '' : eol;
    return { start: at, end: at, newText: `---${eol}${lines.join('')}---${eol}${gap}` };
  }
  const { range } = parsed;
  const edits: TextEdit[] = [];
  const additions: string[] = [];
  for (const [rawKey, value] of Object.entries(fields)) {
    const k = normaliseKey(rawKey);
    const matching = parsed.entries.filter((e) => e.key === k);
    if (value === undefined) {
      for (const e of matching) edits.push({ start: e.start, end: lineEndAfter(text, e.end), newText: '' });
    } else if (matching.length > 0) {
      const e = matching[matching.length - 1]; // the one that wins when read back
      const space = e.valueStart > 0 && /[ \t]/.test(text[e.valueStart - 1]) ? '' : ' ';
      edits.push({ start: e.valueStart, end: e.valueEnd, newText: space + formatHeaderValue(value) });
    } else {
      additions.push(`${rawKey}: ${formatHeaderValue(value)}${eol}`);
    }
  }
  const closingLineStart = Math.max(text.lastIndexOf('\n', range.end - 1), text.lastIndexOf('\r', range.end - 1)) + 1;
  if (additions.length > 0) edits.push({ start: closingLineStart, end: closingLineStart, newText: additions.join('') });

  let block = text.slice(range.start, range.end);
  for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
    block = block.slice(0, e.start - range.start) + e.newText + block.slice(e.end - range.start);
  }
  return minimalEdit(text, range.start, range.end, block);
}

/** A header value as it should be written: plain when that reads back identically, JSON-quoted otherwise. */
export function formatHeaderValue(value: string): string {
  const plain = value !== ''
    && value === value.trim()
    && !/^[-?:,[\]{}#&*!|>'"%@`~]/.test(value)
    && !/:(\s|$)|\s#|[\r\n\t]/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** The header block for a new draft: only keys with a value, in the given order, with a trailing line break. */
export function formatHeader(fields: Record<string, string | undefined>, eol = '\n'): string {
  const lines = Object.entries(fields).filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([k, v]) => `${k}: ${formatHeaderValue(v)}${eol}`);
  return lines.length === 0 ? '' : `---${eol}${lines.join('')}---${eol}`;
}

function readEntries(block: Line[]): { entries: HeaderEntry[]; problems: string[] } {
  const entries: HeaderEntry[] = [];
  const problems: string[] = [];
  for (const line of block) {
    if (isBlankOrComment(line.text)) continue;
    const previous = entries[entries.length - 1];
    if (/^[ \t]/.test(line.text) && previous) {
      // An indented line continues the previous plain value, as in YAML.
      previous.value = `${previous.value} ${stripComment(line.text).trim()}`.trim();
      previous.end = line.end;
      previous.valueEnd = line.start + line.text.replace(/[ \t]+$/, '').length;
      continue;
    }
    const m = KEY_LINE.exec(line.text);
    if (!m) {
      problems.push(`header line "${line.text.trim()}" is not "key: value"`);
      continue;
    }
    const afterColon = m[0].length;
    const lead = /^[ \t]*/.exec(line.text.slice(afterColon))![0].length;
    const raw = line.text.slice(afterColon + lead);
    const { value, length, problem } = readValue(raw);
    if (problem) problems.push(`"${m[1]}": ${problem}`);
    const valueStart = line.start + afterColon + lead;
    entries.push({ key: normaliseKey(m[1]), value, start: line.start, end: line.end, valueStart, valueEnd: valueStart + length });
  }
  return { entries, problems };
}

/** Reads a value; `length` is how much of `raw` the value itself occupies (quotes included, comment excluded). */
function readValue(raw: string): { value: string; length: number; problem?: string } {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const close = quote === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(raw) : /^'(?:[^']|'')*'/.exec(raw);
    if (close) {
      const body = close[0].slice(1, -1);
      return { value: quote === "'" ? body.replace(/''/g, "'") : unescapeDouble(close[0]), length: close[0].length };
    }
    const trimmed = raw.replace(/[ \t]+$/, '');
    return { value: trimmed.slice(1), length: trimmed.length, problem: `missing closing ${quote}` };
  }
  const value = stripComment(raw).replace(/[ \t]+$/, '');
  return { value, length: value.length };
}

function unescapeDouble(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1).replace(/\\(.)/g, '$1');
  }
}

/** A `#` that follows whitespace starts a comment; a value that begins with `#` (ticket: #4312) is kept. */
function stripComment(raw: string): string {
  const m = /[ \t]#/.exec(raw);
  return m ? raw.slice(0, m.index) : raw;
}

function isBlankOrComment(line: string): boolean {
  return /^[ \t]*(#.*)?$/.test(line);
}

function normaliseKey(k: string): string {
  const lower = k.toLowerCase();
  return KNOWN.has(lower) ? lower : k;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start, end: m.index, eol: m[0] });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start, end: text.length, eol: '' });
  return lines;
}

function lineEndAfter(text: string, end: number): number {
  if (text.startsWith('\r\n', end)) return end + 2;
  return text[end] === '\n' || text[end] === '\r' ? end + 1 : end;
}

function detectEol(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/** Shrinks "replace [start, end) with replacement" to the span that actually changes. */
function minimalEdit(text: string, start: number, end: number, replacement: string): TextEdit {
  const old = text.slice(start, end);
  let prefix = 0;
  while (prefix < old.length && prefix < replacement.length && old[prefix] === replacement[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < replacement.length - prefix
    && old[old.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]) suffix++;
  // Keep surrogate pairs whole so the edit never splits a character.
  if (prefix > 0 && isHighSurrogate(old.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(old.charCodeAt(old.length - suffix))) suffix--;
  return { start: start + prefix, end: end - suffix, newText: replacement.slice(prefix, replacement.length - suffix) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
