// What the rest of Kindly sees once packs are loaded. Every item remembers where it came from, so the
// sidebar can show its pack and diagnostics can point at the file that defines it.
import type { ArticleHeader, Channel, PackManifest, PhraseSpec, RuleSpec, TemplateHeader } from './schema';

export interface Origin {
  packId: string;
  /** Absolute path of the file that defines the item. */
  file: string;
  /** 1-based line of the item's definition in that file. */
  line: number;
}

export interface Template extends Omit<TemplateHeader, 'channel'> {
  kind: 'template';
  id: string;
  channels: Channel[]; // empty = any channel
  body: string;
  origin: Origin;
  /** 1-based line in `origin.file` where `body` starts (after the front matter and blank lines). */
  bodyLine?: number;
}

export interface Article extends ArticleHeader {
  kind: 'article';
  id: string;
  body: string;
  origin: Origin;
  /** 1-based line in `origin.file` where `body` starts (after the front matter and blank lines). */
  bodyLine?: number;
}

export interface Phrase extends PhraseSpec {
  origin: Origin;
}

export interface Rule extends RuleSpec {
  origin: Origin;
}

export type PackItem = Template | Article | Phrase | Rule;

/** A problem found while loading a pack: always names the file and a 1-based line and column. */
export interface PackProblem {
  file: string;
  line: number;
  column: number;
  /** JSON / front-matter path of the offending value, e.g. "rules[2].pattern" or "lang"; "" for the whole file. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** What kind of problem this is (stable, for diagnostic codes and filtering). */
  code?: PackProblemCode;
}

export type PackProblemCode =
  | 'io' | 'too-large' | 'binary' | 'encoding' | 'bom' | 'json-syntax' | 'yaml-syntax' | 'front-matter'
  | 'schema' | 'unsafe-key' | 'duplicate-key' | 'lang' | 'placeholder' | 'empty-body' | 'duplicate-id'
  | 'regex' | 'rule-example' | 'manifest' | 'symlink' | 'limit' | 'duplicate-pack';

export type PackSource = 'workspace' | 'setting' | 'builtin';

export interface LoadedPack {
  manifest: PackManifest;
  root: string;
  source: PackSource;
  templates: Template[];
  articles: Article[];
  phrases: Phrase[];
  rules: Rule[];
  problems: PackProblem[];
}
