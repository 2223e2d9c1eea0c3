// Parsing one pack content file into items and problems. Pure: text in, items and problems out.
// A file's broken entries are dropped with a problem; its good entries are kept.
import { z } from 'zod';
import { parsePlaceholders } from '../placeholders/parse';
import { checkRulePattern } from '../regex/safety';
import { parseFrontMatter } from './frontMatter';
import { deriveItemId } from './ids';
import { nodeAt, parseJsonFile, stringCharOffset } from './jsonFile';
import type { Article, PackProblem, Phrase, Rule, Template } from './model';
import type { Locator, PathKey } from './problems';
import { ProblemSink, formatPath, reportIssues } from './problems';
import type { ArticleHeader, TemplateHeader } from './schema';
import { articleHeaderSchema, phraseFileSchema, phraseSchema, ruleFileSchema, ruleSchema, templateHeaderSchema } from './schema';
import { knownKeysAt } from './schemaKeys';

export type ContentKind = 'template' | 'article' | 'phrase' | 'rule';

export interface ItemContext {
  packId: string;
  /** Absolute path of the file (as shown to the user). */
  file: string;
  /** Path below the kind's folder, for derived ids (e.g. "billing/refund-approved.md"). */
  pathBelowKind: string;
  /** The pack's languages; items in other languages are refused. Empty = unknown (no check). */
  languages: readonly string[];
  /** Placeholder names the pack may use (built-in + manifest `placeholders`). */
  knownFields: ReadonlySet<string>;
  /** Checks a rule's own examples; each message becomes a problem on the rule. */
  checkRule?: (rule: Rule) => string[];
}

/** Where an item's id is written (line:col, and its path; "" when the id is derived from the file path). */
export interface IdSite {
  line: number;
  column: number;
  path: string;
}

export type Entry =
  | { kind: 'template'; item: Template; idAt: IdSite }
  | { kind: 'article'; item: Article; idAt: IdSite }
  | { kind: 'phrase'; item: Phrase; idAt: IdSite }
  | { kind: 'rule'; item: Rule; idAt: IdSite };

export interface FileResult {
  file: string;
  /** Items defined by the file, in file order. */
  entries: Entry[];
  problems: PackProblem[];
}

function langProblem(sink: ProblemSink, locator: Locator, path: PathKey[], lang: string, languages: readonly string[], allowAny: boolean): boolean {
  if (languages.length === 0 || languages.includes(lang) || (allowAny && lang === 'any')) return false;
  const options = allowAny ? [...languages, 'any'] : languages;
  sink.at(locator.valueOffset(path), formatPath(path), `expected one of ${options.join(', ')} (the languages in kindly-pack.json), found "${lang}"`, 'lang');
  return true;
}

/** Parses `templates/**\/*.md` or `articles/**\/*.md`. */
export function parseMarkdownItem(kind: 'template' | 'article', text: string, ctx: ItemContext): FileResult {
  const sink = new ProblemSink(ctx.file, text);
  const result: FileResult = { file: ctx.file, entries: [], problems: sink.problems };
  const fm = parseFrontMatter(text, sink);
  if (!fm.ok) return result;
  const schema = kind === 'template' ? templateHeaderSchema : articleHeaderSchema;
  const parsed = schema.safeParse(fm.data);
  if (!parsed.success) {
    reportIssues(parsed.error.issues, sink, fm.locator, { input: fm.data, knownKeys: (p) => knownKeysAt(schema, p) });
    return result;
  }
  const header = parsed.data;
  if (langProblem(sink, fm.locator, ['lang'], header.lang, ctx.languages, false)) return result;

  const lead = /^(?:[ \t]*(?:\r\n|\n|\r))*/.exec(text.slice(fm.bodyOffset))?.[0].length ?? 0;
  const bodyStart = fm.bodyOffset + lead;
  const rawBody = text.slice(bodyStart).trimEnd();
  if (rawBody === '') {
    sink.at(fm.bodyOffset, '', `the ${kind} has no text: write it below the closing "---" line`, 'empty-body');
    return result;
  }
  if (kind === 'template') {
    for (const p of parsePlaceholders(rawBody, ctx.knownFields).problems) sink.at(bodyStart + p.offset, '', p.message, 'placeholder');
  }
  const id = header.id ?? deriveItemId(ctx.pathBelowKind);
  const idAt = header.id !== undefined ? fm.locator.valueOffset(['id']) : 0;
  const origin = { packId: ctx.packId, file: ctx.file, line: 1 };
  const body = rawBody.replace(/\r\n?/g, '\n');
  const bodyLine = sink.lineColumn(bodyStart).line;
  const idSite: IdSite = { ...sink.lineColumn(idAt), path: header.id !== undefined ? 'id' : '' };
  if (kind === 'template') {
    const { channel, ...rest } = header as TemplateHeader;
    const channels = channel === undefined ? [] : Array.isArray(channel) ? channel : [channel];
    result.entries.push({ kind, item: { ...rest, kind, id, channels, body, origin, bodyLine }, idAt: idSite });
  } else {
    const rest = header as ArticleHeader;
    result.entries.push({ kind, item: { ...rest, kind, id, body, origin, bodyLine }, idAt: idSite });
  }
  return result;
}

/** Reports placeholder problems in a JSON string value at `path`. */
function checkJsonPlaceholders(text: string, tree: Parameters<typeof nodeAt>[0], path: PathKey[], value: string, ctx: ItemContext, sink: ProblemSink): void {
  const problems = parsePlaceholders(value, ctx.knownFields).problems;
  if (problems.length === 0) return;
  const node = nodeAt(tree, path);
  for (const p of problems) {
    const offset = node && node.type === 'string' ? stringCharOffset(text, node, p.offset) : 0;
    sink.at(offset, formatPath(path), p.message, 'placeholder');
  }
}

/** Parses `phrases/*.json` or `rules/*.json`. */
export function parseJsonItems(kind: 'phrase' | 'rule', text: string, ctx: ItemContext): FileResult {
  const sink = new ProblemSink(ctx.file, text);
  const result: FileResult = { file: ctx.file, entries: [], problems: sink.problems };
  const json = parseJsonFile(text, sink);
  if (!json.ok) return result;
  const key = kind === 'phrase' ? 'phrases' : 'rules';
  const fileSchema = kind === 'phrase' ? phraseFileSchema : ruleFileSchema;
  // Validate the file's outline first, then each entry on its own so one bad entry drops only itself.
  const outline = z.strictObject({ $schema: z.string().optional(), [key]: z.array(z.unknown()) });
  const top = outline.safeParse(json.value);
  if (!top.success) reportIssues(top.error.issues, sink, json.locator, { input: json.value, knownKeys: (p) => knownKeysAt(fileSchema, p) });
  const list = (json.value as Record<string, unknown> | undefined)?.[key];
  if (!Array.isArray(list)) return result;

  list.forEach((raw, i) => {
    const prefix: PathKey[] = [key, i];
    const at = (path: PathKey[]) => json.locator.valueOffset([...prefix, ...path]);
    if (kind === 'phrase') {
      const parsed = phraseSchema.safeParse(raw);
      if (!parsed.success) {
        reportIssues(parsed.error.issues, sink, json.locator, { prefix, input: raw, knownKeys: (p) => knownKeysAt(phraseSchema, p) });
        return;
      }
      const spec = parsed.data;
      if (langProblem(sink, json.locator, [...prefix, 'lang'], spec.lang, ctx.languages, false)) return;
      checkJsonPlaceholders(text, json.tree, [...prefix, 'text'], spec.text, ctx, sink);
      const item: Phrase = { ...spec, origin: { packId: ctx.packId, file: ctx.file, line: sink.lineColumn(at([])).line } };
      result.entries.push({ kind, item, idAt: { ...sink.lineColumn(at(['id'])), path: formatPath([...prefix, 'id']) } });
      return;
    }
    const parsed = ruleSchema.safeParse(raw);
    if (!parsed.success) {
      reportIssues(parsed.error.issues, sink, json.locator, { prefix, input: raw, knownKeys: (p) => knownKeysAt(ruleSchema, p) });
      return;
    }
    const spec = parsed.data;
    if (langProblem(sink, json.locator, [...prefix, 'lang'], spec.lang, ctx.languages, true)) return;
    if (spec.pattern !== undefined) {
      const regexProblems = checkRulePattern(spec.pattern);
      for (const message of regexProblems) sink.at(at(['pattern']), formatPath([...prefix, 'pattern']), message, 'regex');
      if (regexProblems.length > 0) return;
    }
    spec.rewrites.forEach((rw, j) => checkJsonPlaceholders(text, json.tree, [...prefix, 'rewrites', j], rw, ctx, sink));
    const rule: Rule = { ...spec, origin: { packId: ctx.packId, file: ctx.file, line: sink.lineColumn(at([])).line } };
    if (ctx.checkRule) {
      let messages: string[];
      try {
        messages = ctx.checkRule(rule);
      } catch (err) {
        messages = [`could not check the rule's examples: ${err instanceof Error ? err.message : String(err)}`];
      }
      const examplesPath = [...prefix, 'examples'];
      const hasExamples = raw !== null && typeof raw === 'object' && 'examples' in raw;
      for (const message of messages) sink.at(hasExamples ? at(['examples']) : at([]), formatPath(examplesPath), message, 'rule-example');
    }
    result.entries.push({ kind, item: rule, idAt: { ...sink.lineColumn(at(['id'])), path: formatPath([...prefix, 'id']) } });
  });
  return result;
}

/** Which kind a path below the pack root holds, by its first folder and extension. */
export function kindOfPath(pathBelowRoot: string): { kind: ContentKind; pathBelowKind: string } | undefined {
  const parts = pathBelowRoot.replace(/\\/g, '/').split('/');
  if (parts.length < 2 || parts.some((p) => p.startsWith('.') || p === '')) return undefined;
  const [folder, ...rest] = parts;
  const name = rest[rest.length - 1].toLowerCase();
  const below = rest.join('/');
  if (folder === 'templates' && name.endsWith('.md')) return { kind: 'template', pathBelowKind: below };
  if (folder === 'articles' && name.endsWith('.md')) return { kind: 'article', pathBelowKind: below };
  if (folder === 'phrases' && name.endsWith('.json')) return { kind: 'phrase', pathBelowKind: below };
  if (folder === 'rules' && name.endsWith('.json')) return { kind: 'rule', pathBelowKind: below };
  return undefined;
}

export const KIND_FOLDERS: Readonly<Record<ContentKind, { folder: string; ext: string }>> = {
  template: { folder: 'templates', ext: '.md' },
  article: { folder: 'articles', ext: '.md' },
  phrase: { folder: 'phrases', ext: '.json' },
  rule: { folder: 'rules', ext: '.json' },
};
