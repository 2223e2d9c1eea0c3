// The placeholder language in pack text: `{{customer.firstName}}` or `{{customer.firstName | "there"}}`.
// Parsing never throws: malformed braces and unknown names come back as problems with offsets, which the
// pack loader turns into file:line:col messages.
//
// Invariant (tested): text segments hold the source verbatim (`value === text.slice(start, end)`), and
// text segments plus the source slices of field segments, in order, rebuild the input exactly. Anything
// that is not a valid, known placeholder stays in a text segment and is reported as a problem.

export const BUILTIN_FIELDS = [
  'customer.name', 'customer.firstName', 'agent.name', 'agent.firstName', 'company.name',
  'ticket.id', 'order.id', 'date', 'time.greeting',
] as const;
export type BuiltinField = (typeof BUILTIN_FIELDS)[number];

export type Segment =
  | { type: 'text'; value: string; start: number; end: number }
  | { type: 'field'; name: string; fallback?: string; start: number; end: number };

export interface PlaceholderProblem {
  /** UTF-16 offset into the parsed text. */
  offset: number;
  message: string;
  /** Length in UTF-16 code units of the offending text (for diagnostics ranges); absent = a point. */
  length?: number;
}

export interface ParsedText {
  segments: Segment[];
  problems: PlaceholderProblem[];
}

const NAME = '[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*';
// Fallbacks may be written in straight double or single quotes, or in typographic quotes (which word
// processors substitute silently). Inside straight quotes a backslash escapes the next character.
const FIELD = new RegExp(
  `^\\s*(${NAME})\\s*(?:\\|\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|'((?:[^'\\\\]|\\\\.)*)'|\u201C([^\u201D]*)\u201D)\\s*)?$`,
);
const UNQUOTED_FALLBACK = new RegExp(`^\\s*(${NAME})\\s*\\|\\s*(.*?)\\s*$`);
// `{customer.name}` with single braces is a common slip; caught only when the name is a known field.
const SINGLE_BRACES = new RegExp(`(?<![{$])\\{\\s*(${NAME})\\s*\\}(?!\\})`, 'g');

/**
 * Splits `text` into literal text and placeholder fields. `knownFields` are the names a pack may use
 * (the built-in ones plus those its manifest declares); other names are reported, not dropped.
 */
export function parsePlaceholders(text: string, knownFields: ReadonlySet<string> = new Set(BUILTIN_FIELDS)): ParsedText {
  const segments: Segment[] = [];
  const problems: PlaceholderProblem[] = [];
  let pos = 0;
  let textStart = 0;
  const pushText = (end: number) => {
    if (end > textStart) segments.push({ type: 'text', value: text.slice(textStart, end), start: textStart, end });
  };
  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    const strayClose = text.indexOf('}}', pos);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      problems.push({ offset: strayClose, length: 2, message: 'unbalanced "}}": no matching "{{"' });
      pos = strayClose + 2;
      continue;
    }
    if (open === -1) break;
    const close = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      problems.push({ offset: open, length: 2, message: 'unbalanced "{{": no matching "}}"' });
      pos = open + 2;
      continue;
    }
    const inner = text.slice(open + 2, close);
    const length = close + 2 - open;
    const m = FIELD.exec(inner);
    if (!m) {
      problems.push({ offset: open, length, message: malformedMessage(inner) });
    } else if (!knownFields.has(m[1])) {
      problems.push({ offset: open, length, message: unknownMessage(m[1], knownFields) });
    } else {
      pushText(open);
      const field: Segment = { type: 'field', name: m[1], start: open, end: close + 2 };
      const fallback = m[2] ?? m[3] ?? m[4];
      if (fallback !== undefined) field.fallback = m[4] !== undefined ? fallback : fallback.replace(/\\(.)/gs, '$1');
      segments.push(field);
      textStart = close + 2;
    }
    pos = close + 2;
  }
  pushText(text.length);
  for (const m of text.matchAll(SINGLE_BRACES)) {
    if (knownFields.has(m[1]) && !insideField(segments, m.index)) {
      problems.push({ offset: m.index, length: m[0].length, message: `"${m[0]}" has single braces: did you mean "{{${m[1]}}}"?` });
    }
  }
  problems.sort((a, b) => a.offset - b.offset);
  return { segments, problems };
}

function insideField(segments: readonly Segment[], offset: number): boolean {
  return segments.some((s) => s.type === 'field' && s.start <= offset && offset < s.end);
}

function malformedMessage(inner: string): string {
  if (inner.trim() === '') return 'empty placeholder "{{}}": expected {{name}} or {{name | "fallback"}}';
  const unquoted = UNQUOTED_FALLBACK.exec(inner);
  if (unquoted && unquoted[2] !== '' && !/^["'\u201C]/.test(unquoted[2])) {
    return `fallback must be quoted: write {{${unquoted[1]} | "${unquoted[2]}"}}`;
  }
  return `malformed placeholder "{{${inner}}}": expected {{name}} or {{name | "fallback"}}`;
}

function unknownMessage(name: string, knownFields: ReadonlySet<string>): string {
  const suggestion = closestName(name, knownFields);
  const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
  return `unknown placeholder "${name}": ${hint}expected one of ${[...knownFields].join(', ')}`;
}

/** The known name that differs only in case, or within a small edit distance; undefined if none is close. */
function closestName(name: string, known: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    if (k.toLowerCase() === name.toLowerCase()) return k;
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) { best = k; bestDistance = d; }
  }
  return bestDistance <= Math.min(3, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
