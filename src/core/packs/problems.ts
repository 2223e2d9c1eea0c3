// Building PackProblems: one sink per file turns offsets into line:col, and zod issues into messages
// that say what is expected at which path ("lang: expected one of en, hi, bn").
import type { PackProblem, PackProblemCode } from './model';
import { LineIndex } from './textPosition';

export type PathKey = string | number;

/** `['rules', 2, 'pattern']` → `rules[2].pattern`; keys that are not identifiers are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** `path: message`, or just the message for whole-file problems. */
export function describeProblem(p: Pick<PackProblem, 'path' | 'message'>): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** One line, bounded: messages quote pack text, which may span lines or be huge. */
export function tidyMessage(message: string): string {
  const one = message.replace(/\s*(?:\r\n|\n|\r)\s*/g, ' ');
  return one.length > 400 ? `${one.slice(0, 397)}...` : one;
}

/** Collects the problems of one file; offsets are UTF-16 offsets into the file's text. */
export class ProblemSink {
  readonly problems: PackProblem[] = [];
  private lines: LineIndex | undefined;

  constructor(readonly file: string, private readonly text = '') {}

  private index(): LineIndex {
    this.lines ??= new LineIndex(this.text);
    return this.lines;
  }

  at(offset: number, path: string, message: string, code: PackProblemCode, severity: PackProblem['severity'] = 'error'): void {
    const { line, column } = this.index().at(offset);
    this.problems.push({ file: this.file, line, column, path, message: tidyMessage(message), severity, code });
  }

  /** A problem about the whole file, reported at 1:1. */
  whole(message: string, code: PackProblemCode, severity: PackProblem['severity'] = 'error'): void {
    this.problems.push({ file: this.file, line: 1, column: 1, path: '', message, severity, code });
  }

  lineColumn(offset: number): { line: number; column: number } {
    return this.index().at(offset);
  }
}

/** Finds where a path lives in the source text, for problem positions. */
export interface Locator {
  /** Offset of the value at `path`, or of its nearest existing ancestor when the value is missing. */
  valueOffset(path: readonly PathKey[]): number;
  /** Offset of the key of the property at `path` (for unknown or invalid keys), falling back to `valueOffset`. */
  keyOffset(path: readonly PathKey[]): number;
}

/** The subset of zod v4 issue fields this module reads (zod's own types are a wide union). */
interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  errors?: readonly (readonly IssueLike[])[];
  issues?: readonly IssueLike[];
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  return `a ${typeof value}`;
}

function withArticle(expected: string): string {
  if (expected === 'array' || expected === 'object') return `an ${expected}`;
  return `a ${expected}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

/** What a union accepts, gathered from the first issue of each branch. */
function unionExpectation(issue: IssueLike): string {
  const parts: string[] = [];
  for (const branch of issue.errors ?? []) {
    for (const sub of branch) {
      if (sub.code === 'invalid_value' && sub.values) parts.push(`one of ${listValues(sub.values)}`);
      else if (sub.code === 'invalid_type' && sub.expected && sub.path.length === 0) parts.push(withArticle(sub.expected));
      else if (sub.code === 'invalid_format' && sub.path.length === 0 && !sub.message.startsWith('Invalid')) parts.push(sub.message.replace(/^expected /, ''));
    }
  }
  const unique = [...new Set(parts)];
  if (unique.length === 0) return 'expected a valid value';
  if (unique.length === 2 && unique[1] === 'an array') return `expected ${unique[0]}, or a list of them`;
  return `expected ${unique.join(', or ')}`;
}

function sizeMessage(issue: IssueLike, big: boolean): string {
  const n = Number(big ? issue.maximum : issue.minimum);
  const cmp = big ? 'at most' : 'at least';
  switch (issue.origin) {
    case 'string':
      return !big && n === 1 ? 'expected a non-empty string' : `expected ${cmp} ${n} characters`;
    case 'array':
    case 'set':
      return !big && n === 1 ? 'expected at least one item' : `expected ${cmp} ${n} items`;
    default:
      return `expected a number ${big ? '<=' : '>='} ${n}`;
  }
}

function formatMessage(issue: IssueLike): string {
  if (issue.message && !/^(Invalid|Too |Unrecognized)/.test(issue.message)) return issue.message; // schema's own wording
  switch (issue.format) {
    case 'url':
      return 'expected an http(s) URL such as https://example.com/help';
    case 'regex':
      return 'has the wrong form';
    default:
      return `expected a valid ${issue.format ?? 'value'}`;
  }
}

export interface IssueContext {
  /** Prefix for paths, e.g. `['rules', 2]` when one array element was validated on its own. */
  prefix?: readonly PathKey[];
  /** The value that was validated (to say what was found instead). */
  input: unknown;
  /** Lists the allowed keys at a path, for "unknown field" messages. */
  knownKeys?: (path: readonly PropertyKey[]) => readonly string[] | undefined;
}

/** Turns zod issues into problems positioned with `locator`. */
export function reportIssues(issues: readonly IssueLike[], sink: ProblemSink, locator: Locator, ctx: IssueContext): void {
  const prefix = ctx.prefix ?? [];
  for (const issue of issues) {
    const rel = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');
    const full = [...prefix, ...rel];
    const path = formatPath(full);
    switch (issue.code) {
      case 'invalid_type': {
        const found = valueAt(ctx.input, rel);
        const expected = withArticle(issue.expected ?? 'value');
        if (found === undefined && rel.length > 0) sink.at(locator.valueOffset(full), path, `missing required field (expected ${expected})`, 'schema');
        else sink.at(locator.valueOffset(full), path, `expected ${expected}, found ${typeName(found)}`, 'schema');
        break;
      }
      case 'invalid_value':
        sink.at(locator.valueOffset(full), path, issue.values && issue.values.length === 1
          ? `expected ${listValues(issue.values)}` : `expected one of ${listValues(issue.values ?? [])}`, 'schema');
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys ?? []) {
          const known = ctx.knownKeys?.(rel);
          const hint = known && known.length ? `; expected one of ${known.join(', ')}` : '';
          sink.at(locator.keyOffset([...full, key]), formatPath([...full, key]), `unknown field "${key}"${hint}`, 'schema');
        }
        break;
      case 'invalid_union':
        sink.at(locator.valueOffset(full), path, unionExpectation(issue), 'schema');
        break;
      case 'too_small':
        sink.at(locator.valueOffset(full), path, sizeMessage(issue, false), 'schema');
        break;
      case 'too_big':
        sink.at(locator.valueOffset(full), path, sizeMessage(issue, true), 'schema');
        break;
      case 'invalid_format':
        sink.at(locator.valueOffset(full), path, formatMessage(issue), 'schema');
        break;
      case 'invalid_key': {
        const inner = issue.issues?.[0];
        const why = inner ? (inner.code === 'invalid_format' && inner.format === 'regex' ? 'has the wrong form' : formatMessage(inner)) : 'is not allowed';
        sink.at(locator.keyOffset(full), path, `key "${String(rel[rel.length - 1] ?? '')}" ${why}`, 'schema');
        break;
      }
      default:
        sink.at(locator.valueOffset(full), path, issue.message || 'invalid value', 'schema');
    }
  }
}
