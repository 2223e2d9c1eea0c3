// Markdown files with a YAML header between `---` lines. The yaml library keeps node ranges, so header
// problems point at the offending value; the body's offset is kept so body problems land on the right line.
import { isMap, isNode, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { UNSAFE_KEYS } from './jsonFile';
import type { Locator, PathKey } from './problems';
import { ProblemSink, formatPath } from './problems';

export interface FrontMatter {
  /** The header as plain data (unsafe keys removed), or undefined when it could not be parsed. */
  data: unknown;
  ok: boolean;
  locator: Locator;
  /** Offset of the first body character (just after the closing `---` line). */
  bodyOffset: number;
}

const OPEN = /^---[ \t]*(\r\n|\n|\r)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Splits the header off; reports a missing or unterminated header. */
function split(text: string, sink: ProblemSink): { header: string; headerOffset: number; bodyOffset: number } | undefined {
  const open = OPEN.exec(text);
  if (!open) {
    sink.whole('expected a front-matter header at the top: a "---" line, fields such as "title:" and "lang:", then another "---" line', 'front-matter');
    return undefined;
  }
  const headerOffset = open[0].length;
  let lineStart = headerOffset;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    if (CLOSE.test(text.slice(lineStart, lineEnd))) {
      let bodyOffset = lineEnd;
      if (text[bodyOffset] === '\r') bodyOffset++;
      if (text[bodyOffset] === '\n') bodyOffset++;
      return { header: text.slice(headerOffset, lineStart), headerOffset, bodyOffset };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
  sink.at(0, '', 'the front-matter header opened with "---" is never closed: add a "---" line after the header fields', 'front-matter');
  return undefined;
}

function yamlLocator(doc: Document, base: number): Locator {
  const rootOffset = (): number => base + (isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0);
  const valueOffset = (path: readonly PathKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return base + node.range[0];
    }
    return rootOffset();
  };
  return {
    valueOffset,
    keyOffset(path) {
      if (path.length === 0) return rootOffset();
      const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
      const key = path[path.length - 1];
      if (isMap(parent)) {
        for (const pair of parent.items) {
          const k = pair.key;
          if (isNode(k) && k.range && String((k as { value?: unknown }).value) === String(key)) return base + k.range[0];
        }
      }
      return valueOffset(path);
    },
  };
}

/** Removes unsafe keys (reported) from parsed YAML data, in place. */
function dropUnsafeKeys(value: unknown, path: PathKey[], sink: ProblemSink, locator: Locator, depth = 0): void {
  if (value === null || typeof value !== 'object' || depth > 64) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => dropUnsafeKeys(v, [...path, i], sink, locator, depth + 1));
    return;
  }
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) {
      sink.at(locator.keyOffset([...path, key]), formatPath([...path, key]), `key "${key}" is not allowed (it could change how every object behaves); remove it`, 'unsafe-key');
      delete (value as Record<string, unknown>)[key];
    } else {
      dropUnsafeKeys((value as Record<string, unknown>)[key], [...path, key], sink, locator, depth + 1);
    }
  }
}

/** Parses the front matter of `text` (already without BOM). */
export function parseFrontMatter(text: string, sink: ProblemSink): FrontMatter {
  const parts = split(text, sink);
  const none: Locator = { valueOffset: () => 0, keyOffset: () => 0 };
  if (!parts) return { data: undefined, ok: false, locator: none, bodyOffset: 0 };
  const { header, headerOffset, bodyOffset } = parts;
  const doc = parseDocument(header, { prettyErrors: false, uniqueKeys: true, strict: true, schema: 'core', merge: false });
  const locator = yamlLocator(doc, headerOffset);
  for (const err of doc.errors.slice(0, 10)) {
    const msg = err.code === 'DUPLICATE_KEY' ? 'duplicate key in the header: each field may appear once' : err.message.split('\n')[0];
    sink.at(headerOffset + (err.pos?.[0] ?? 0), '', msg, 'yaml-syntax');
  }
  for (const warn of doc.warnings.slice(0, 10)) {
    sink.at(headerOffset + (warn.pos?.[0] ?? 0), '', warn.message.split('\n')[0], 'yaml-syntax', 'warning');
  }
  if (doc.errors.length > 0) return { data: undefined, ok: false, locator, bodyOffset };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // The yaml library refuses alias bombs ("billion laughs") by throwing.
    sink.at(headerOffset, '', `cannot read the header: ${err instanceof Error ? err.message : String(err)}`, 'yaml-syntax');
    return { data: undefined, ok: false, locator, bodyOffset };
  }
  dropUnsafeKeys(data, [], sink, locator);
  return { data: data ?? {}, ok: true, locator, bodyOffset };
}
