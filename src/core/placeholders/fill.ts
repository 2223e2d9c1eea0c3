// Turning parsed pack text into (a) plain filled text, for previews and the CLI, and (b) a VS Code snippet,
// for insertion. In the snippet everything from the pack and every value is escaped, so `$1`, `${TM_FILENAME}`,
// `\` and `}` insert literally; only the fields that have no value become tabstops, whose default text is
// the fallback. A field used twice gets one tabstop number, so the occurrences mirror each other.
import type { Segment } from './parse';
import { BUILTIN_FIELDS, parsePlaceholders } from './parse';
import { gapMarker, tidyGaps } from './gaps';
import { present, type PlaceholderValues } from './values';

export interface FillResult {
  /** Plain text: values filled in, fallbacks for the rest, empty fields removed tidily (see gaps.ts). */
  text: string;
  /** VS Code snippet syntax. */
  snippet: string;
  /** Fields that had no value, in order of first use, each once: what the host may prompt for. */
  missing: string[];
}

export interface FillOptions {
  /** Share one numbering between several fills (greeting and closing of one draft) so names mirror. */
  tabstops?: SnippetTabstops;
  /** Append `$0` (the final cursor position) to the snippet. Default true. */
  finalTabstop?: boolean;
}

/** Escapes text for VS Code snippet syntax: `\`, `$` and `}` are the characters with meaning there. */
export function escapeSnippetText(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

/** Tabstop numbers per field, in order of first use, each with the default text of its first non-empty fallback. */
export class SnippetTabstops {
  private readonly byField = new Map<string, { index: number; fallback: string; emitted: boolean }>();
  private next = 1;

  /** Registers a field (idempotent) and returns its tabstop number. */
  register(name: string, fallback?: string): number {
    const known = this.byField.get(name);
    if (known) {
      // Mirrors must agree on their default text, so a later fallback only fills an empty one not yet written.
      if (known.fallback === '' && fallback && !known.emitted) known.fallback = fallback;
      return known.index;
    }
    const index = this.next++;
    this.byField.set(name, { index, fallback: fallback ?? '', emitted: false });
    return index;
  }

  /** The snippet text of a field's tabstop: `${1:there}`, or `${1}` without a default. */
  placeholder(name: string): string {
    this.register(name);
    const entry = this.byField.get(name)!;
    entry.emitted = true;
    return entry.fallback === '' ? `\${${entry.index}}` : `\${${entry.index}:${escapeSnippetText(entry.fallback)}}`;
  }

  /** Field names with their numbers, in tabstop order. */
  fields(): { name: string; index: number }[] {
    return [...this.byField].map(([name, e]) => ({ name, index: e.index }));
  }
}

export function fillSegments(segments: readonly Segment[], values: PlaceholderValues, options: FillOptions = {}): FillResult {
  const tabstops = options.tabstops ?? new SnippetTabstops();
  const missing: string[] = [];
  for (const seg of segments) {
    if (seg.type === 'field' && !present(values[seg.name])) {
      if (!missing.includes(seg.name)) missing.push(seg.name);
      tabstops.register(seg.name, seg.fallback);
    }
  }
  const gap = gapMarker(segments.map((s) => (s.type === 'text' ? s.value : `${s.fallback ?? ''}${values[s.name] ?? ''}`)).join(''));
  let text = '';
  let snippet = '';
  for (const seg of segments) {
    if (seg.type === 'text') {
      text += seg.value;
      snippet += escapeSnippetText(seg.value);
      continue;
    }
    const value = values[seg.name];
    if (present(value)) {
      text += value.trim();
      snippet += escapeSnippetText(value.trim());
    } else {
      text += seg.fallback ? seg.fallback : gap;
      snippet += tabstops.placeholder(seg.name);
    }
  }
  if (options.finalTabstop ?? true) snippet += '$0';
  return { text: tidyGaps(text, gap), snippet, missing };
}

/** Parses and fills in one step. Unknown or malformed placeholders stay as literal text (the pack check reports them). */
export function fillText(source: string, values: PlaceholderValues, options: FillOptions & { knownFields?: ReadonlySet<string> } = {}): FillResult {
  const { segments } = parsePlaceholders(source, options.knownFields ?? new Set(BUILTIN_FIELDS));
  return fillSegments(segments, values, options);
}
