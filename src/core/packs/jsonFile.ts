// Strict JSON with positions: jsonc-parser gives a tree with offsets, so syntax errors and zod issues
// point at the exact line:col. Keys that could reach Object.prototype are reported and dropped.
import * as jsonc from 'jsonc-parser';
import type { Locator, PathKey } from './problems';
import { ProblemSink, formatPath } from './problems';

/** Keys that must never be copied into objects (prototype pollution), reported when found. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedJson {
  /** The parsed value, or undefined when the text is not valid JSON (problems say why). */
  value: unknown;
  ok: boolean;
  locator: Locator;
  /** The syntax tree (for string offsets); undefined when nothing parsed. */
  tree: jsonc.Node | undefined;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected end of file after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character in string',
  InvalidCharacter: 'invalid character in string (control characters must be escaped)',
};

function previousNonSpace(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

function reportSyntax(text: string, errors: jsonc.ParseError[], sink: ProblemSink): void {
  let reported = 0;
  const seen = new Set<number>();
  for (const err of errors) {
    const name = jsonc.printParseErrorCode(err.error);
    let offset = err.offset;
    let message = SYNTAX_MESSAGES[name] ?? name;
    const ch = text[offset];
    if ((name === 'ValueExpected' || name === 'PropertyNameExpected') && (ch === '}' || ch === ']')) {
      const prev = previousNonSpace(text, offset);
      if (prev >= 0 && text[prev] === ',') {
        offset = prev;
        message = 'trailing comma is not allowed in JSON';
      }
    } else if (offset >= text.length && /Expected$/.test(name)) {
      message = `unexpected end of file: ${message} (is the file truncated?)`;
    }
    if (seen.has(offset)) continue; // jsonc reports a trailing comma in an object twice
    seen.add(offset);
    sink.at(offset, '', message, 'json-syntax');
    if (++reported >= 20) break; // the first few errors are the useful ones
  }
}

function childByKey(node: jsonc.Node | undefined, key: PathKey): jsonc.Node | undefined {
  if (!node?.children) return undefined;
  if (node.type === 'array') return typeof key === 'number' ? node.children[key] : undefined;
  if (node.type !== 'object') return undefined;
  // The last property with this key is the one JSON semantics keep.
  for (let i = node.children.length - 1; i >= 0; i--) {
    const prop = node.children[i];
    if (prop.children?.[0]?.value === key) return prop;
  }
  return undefined;
}

export function jsonLocator(tree: jsonc.Node | undefined, base = 0): Locator {
  const walk = (path: readonly PathKey[]): { node: jsonc.Node | undefined; prop: jsonc.Node | undefined; depth: number } => {
    let node = tree;
    let prop: jsonc.Node | undefined;
    let depth = 0;
    for (const key of path) {
      const child = childByKey(node, key);
      if (!child) break;
      if (child.type === 'property') {
        prop = child;
        node = child.children?.[1];
      } else {
        prop = undefined;
        node = child;
      }
      depth++;
      if (!node) break;
    }
    return { node, prop, depth };
  };
  return {
    valueOffset(path) {
      const { node, prop } = walk(path);
      return base + (node?.offset ?? prop?.offset ?? tree?.offset ?? 0);
    },
    keyOffset(path) {
      const { node, prop, depth } = walk(path);
      if (depth === path.length && prop) return base + prop.offset;
      return base + (node?.offset ?? tree?.offset ?? 0);
    },
  };
}

/** Builds a plain value from the tree, refusing unsafe keys and reporting duplicate keys. */
function toValue(node: jsonc.Node | undefined, path: PathKey[], sink: ProblemSink): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const keyNode = prop.children?.[0];
        const key = keyNode?.value;
        if (typeof key !== 'string') continue;
        if (UNSAFE_KEYS.has(key)) {
          sink.at(prop.offset, formatPath([...path, key]), `key "${key}" is not allowed (it could change how every object behaves); remove it`, 'unsafe-key');
          continue;
        }
        if (seen.has(key)) sink.at(prop.offset, formatPath([...path, key]), `duplicate key "${key}": only the last one counts; remove the others`, 'duplicate-key');
        seen.add(key);
        Object.defineProperty(out, key, { value: toValue(prop.children?.[1], [...path, key], sink), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map((child, i) => toValue(child, [...path, i], sink));
    default:
      return node.value;
  }
}

/**
 * Parses `text` (already without BOM) as strict JSON: no comments, no trailing commas, no empty file.
 * Problems go to `sink`; `ok` is false when the file has syntax errors (its content is then unusable).
 */
export function parseJsonFile(text: string, sink: ProblemSink): ParsedJson {
  if (text.trim() === '') {
    sink.whole('file is empty: expected a JSON object', 'json-syntax');
    return { value: undefined, ok: false, locator: jsonLocator(undefined), tree: undefined };
  }
  const errors: jsonc.ParseError[] = [];
  const tree = jsonc.parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    reportSyntax(text, errors, sink);
    if (errors.length === 0) sink.whole('not valid JSON', 'json-syntax');
    return { value: undefined, ok: false, locator: jsonLocator(tree), tree };
  }
  return { value: toValue(tree, [], sink), ok: true, locator: jsonLocator(tree), tree };
}

/** Finds the node at a path (for string offsets). */
export function nodeAt(tree: jsonc.Node | undefined, path: readonly PathKey[]): jsonc.Node | undefined {
  let node = tree;
  for (const key of path) {
    const child = childByKey(node, key);
    node = child?.type === 'property' ? child.children?.[1] : child;
    if (!node) return undefined;
  }
  return node;
}

/**
 * Offset in the file of the character at `index` in the decoded value of the string node
 * (escapes such as `\n` or `\u0928` take more source characters than they produce).
 */
export function stringCharOffset(text: string, node: jsonc.Node, index: number): number {
  let i = node.offset + 1; // past the opening quote
  const end = node.offset + node.length - 1;
  for (let d = 0; d < index && i < end; d++) {
    if (text[i] === '\\') i += text[i + 1] === 'u' ? 6 : 2;
    else i++;
  }
  return Math.min(i, end);
}
