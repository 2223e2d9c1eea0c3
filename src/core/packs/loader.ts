// Loading a pack folder: manifest, then every content file (a bounded number at a time, with progress),
// then cross-file checks (duplicate ids). Each file's result is kept so a save re-reads only that file.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { WalkedFile } from './fsSafe';
import { isInside, readPackFile, resolveInside, walkFiles } from './fsSafe';
import type { ContentKind, Entry, FileResult, ItemContext } from './itemFiles';
import { KIND_FOLDERS, kindOfPath, parseJsonItems, parseMarkdownItem } from './itemFiles';
import { LOAD_CONCURRENCY, MAX_PACK_FILES, MAX_PACK_FILE_BYTES } from './limits';
import type { ManifestResult } from './manifest';
import { MANIFEST_FILE, bomProblem, knownFieldsOf, readManifest } from './manifest';
import type { Article, LoadedPack, PackProblem, PackSource, Phrase, Rule, Template } from './model';

export interface LoadPackOptions {
  /** Called as files are read: `done` of `total` content files. */
  onProgress?(done: number, total: number): void;
  /** Cancels the load: the promise then rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** Checks a rule's own examples (the linter's checker); each returned message becomes a problem on the rule. */
  checkRule?: (rule: Rule) => string[];
  /** Per-file size limit in bytes (default MAX_PACK_FILE_BYTES). */
  maxFileBytes?: number;
}

interface PackState {
  rootReal: string;
  manifest: ManifestResult;
  results: Map<string, FileResult>;
  walkProblems: PackProblem[];
  options: LoadPackOptions;
}

/** Per-file results behind each LoadedPack, for partial reloads. Packs copied by callers just reload fully. */
const states = new WeakMap<LoadedPack, PackState>();

const KIND_BY_FOLDER = new Map<string, ContentKind>(Object.entries(KIND_FOLDERS).map(([kind, { folder }]) => [folder, kind as ContentKind]));

/** Real path of a content folder and of the pack's other content folders (see WalkOptions). */
async function scopeOf(rootReal: string, folder: string): Promise<{ scopeReal: string; foreignReals: string[] }> {
  const real = (name: string) => fs.realpath(path.join(rootReal, name)).catch(() => path.join(rootReal, name));
  const others = Object.values(KIND_FOLDERS).map((k) => k.folder).filter((f) => f !== folder);
  return { scopeReal: await real(folder), foreignReals: await Promise.all(others.map(real)) };
}

async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      signal?.throwIfAborted();
      await fn(items[next++]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function fileProblem(file: string, message: string, code: PackProblem['code'], severity: PackProblem['severity'] = 'error'): PackProblem {
  return { file, line: 1, column: 1, path: '', message, severity, code };
}

/** Reads and parses one content file. Never throws. */
async function loadFile(root: string, walked: WalkedFile, manifest: ManifestResult, options: LoadPackOptions): Promise<FileResult | undefined> {
  const located = kindOfPath(path.relative(root, walked.file));
  if (!located) return undefined;
  const read = await readPackFile(walked.real, options.maxFileBytes ?? MAX_PACK_FILE_BYTES);
  if (!read.ok) {
    const severity = read.errno === 'ENOENT' ? 'warning' : 'error';
    return { file: walked.file, entries: [], problems: [fileProblem(walked.file, read.message, read.code, severity)] };
  }
  const ctx: ItemContext = {
    packId: manifest.manifest.id,
    file: walked.file,
    pathBelowKind: located.pathBelowKind,
    languages: manifest.manifest.languages,
    knownFields: knownFieldsOf(manifest.manifest),
    checkRule: options.checkRule,
  };
  try {
    const result = located.kind === 'template' || located.kind === 'article'
      ? parseMarkdownItem(located.kind, read.text, ctx)
      : parseJsonItems(located.kind, read.text, ctx);
    // A BOM is harmless in Markdown (stripped), but JSON forbids it.
    if (read.hadBom && (located.kind === 'phrase' || located.kind === 'rule')) result.problems.unshift(bomProblem(walked.file));
    return result;
  } catch (err) {
    // Parsers are written not to throw; this keeps one unforeseen input from breaking the whole pack.
    return { file: walked.file, entries: [], problems: [fileProblem(walked.file, `could not read this file: ${err instanceof Error ? err.message : String(err)}`, 'io')] };
  }
}

function compareProblems(a: PackProblem, b: PackProblem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

/** Builds the LoadedPack from per-file results: orders items, drops duplicate ids (with a problem each). */
function assemble(root: string, source: PackSource, state: PackState): LoadedPack {
  const templates: Template[] = [];
  const articles: Article[] = [];
  const phrases: Phrase[] = [];
  const rules: Rule[] = [];
  const problems: PackProblem[] = [...state.walkProblems];
  const firstById = new Map<string, Entry>();
  const files = [...state.results.keys()].sort();
  for (const file of files) {
    const result = state.results.get(file)!;
    problems.push(...result.problems);
    for (const entry of result.entries) {
      const key = `${entry.kind}\u0000${entry.item.id}`;
      const first = firstById.get(key);
      if (first) {
        const where = `${path.relative(root, first.item.origin.file).split(path.sep).join('/')}:${first.idAt.line}`;
        problems.push({
          file: entry.item.origin.file, line: entry.idAt.line, column: entry.idAt.column, path: entry.idAt.path,
          message: `duplicate ${entry.kind} id "${entry.item.id}": already defined at ${where}; this one is ignored`,
          severity: 'error', code: 'duplicate-id',
        });
        continue;
      }
      firstById.set(key, entry);
      if (entry.kind === 'template') templates.push(entry.item);
      else if (entry.kind === 'article') articles.push(entry.item);
      else if (entry.kind === 'phrase') phrases.push(entry.item);
      else rules.push(entry.item);
    }
  }
  problems.sort(compareProblems);
  const pack: LoadedPack = {
    manifest: state.manifest.manifest, root, source, templates, articles, phrases, rules,
    problems: [...state.manifest.problems, ...problems],
  };
  states.set(pack, state);
  return pack;
}

/**
 * Loads the pack at `root`. Never throws (every failure is a problem in the result), except that it
 * rejects with an AbortError when `signal` aborts.
 */
export async function loadPack(root: string, source: PackSource, opts: LoadPackOptions = {}): Promise<LoadedPack> {
  const abs = path.resolve(root);
  opts.signal?.throwIfAborted();
  const manifest = await readManifest(abs);
  const rootReal = await fs.realpath(abs).catch(() => undefined);
  const isDir = rootReal !== undefined && (await fs.stat(rootReal).then((s) => s.isDirectory(), () => false));
  const state: PackState = { rootReal: rootReal ?? abs, manifest, results: new Map(), walkProblems: [], options: opts };
  if (rootReal === undefined || !isDir) {
    const message = rootReal === undefined ? 'pack folder not found' : 'not a folder: a pack is a folder holding kindly-pack.json';
    manifest.problems.splice(0, manifest.problems.length, fileProblem(path.join(abs, MANIFEST_FILE), message, 'io'));
    return assemble(abs, source, state);
  }
  const visited = new Set<string>();
  let files: WalkedFile[] = [];
  for (const { folder, ext } of Object.values(KIND_FOLDERS)) {
    const scope = await scopeOf(rootReal, folder);
    await walkFiles(path.join(abs, folder), { ...scope, rootReal, extensions: [ext], problems: state.walkProblems, visited, signal: opts.signal }, 0, files);
  }
  if (files.length > MAX_PACK_FILES) {
    state.walkProblems.push(fileProblem(path.join(abs, MANIFEST_FILE), `pack has ${files.length} content files; only the first ${MAX_PACK_FILES} are loaded`, 'limit', 'warning'));
    files = files.slice(0, MAX_PACK_FILES);
  }
  let done = 0;
  opts.onProgress?.(0, files.length);
  await mapLimit(files, LOAD_CONCURRENCY, async (walked) => {
    const result = await loadFile(abs, walked, manifest, opts);
    if (result) state.results.set(walked.file, result);
    opts.onProgress?.(++done, files.length);
  }, opts.signal);
  return assemble(abs, source, state);
}

/**
 * Re-reads only `changedFiles` (absolute, or relative to the pack root; files or folders, created,
 * changed or deleted) and returns the updated pack. A changed manifest reloads the whole pack, since
 * languages and placeholders affect every file. Paths outside the pack are ignored.
 */
export async function reloadPackFiles(pack: LoadedPack, changedFiles: readonly string[], opts?: LoadPackOptions): Promise<LoadedPack> {
  const prev = states.get(pack);
  const options = { ...prev?.options, ...opts };
  const root = path.resolve(pack.root);
  const targets = [...new Set(changedFiles.map((f) => path.resolve(root, f)))].filter((f) => isInside(root, f));
  const manifestPath = path.join(root, MANIFEST_FILE);
  if (!prev || targets.some((t) => t === root || t === manifestPath)) return loadPack(root, pack.source, options);
  if (targets.length === 0) return pack;

  const state: PackState = {
    ...prev,
    options,
    results: new Map(prev.results),
    walkProblems: prev.walkProblems.filter((p) => !targets.some((t) => isInside(t, p.file))),
  };
  for (const file of prev.results.keys()) if (targets.some((t) => isInside(t, file))) state.results.delete(file);

  const toRead: WalkedFile[] = [];
  for (const target of targets) {
    options.signal?.throwIfAborted();
    const rel = path.relative(root, target).split(path.sep);
    const kind = KIND_BY_FOLDER.get(rel[0]);
    if (!kind || rel.some((part) => part.startsWith('.'))) continue;
    const stat = await fs.stat(target).catch(() => undefined);
    if (!stat) continue; // deleted: its items are gone already
    if (stat.isDirectory()) {
      // Mark the folders above as walked, so a link back up is seen as a loop (as in a full load).
      const visited = new Set<string>();
      for (let i = 1; i < rel.length; i++) {
        const real = await fs.realpath(path.join(root, ...rel.slice(0, i))).catch(() => undefined);
        if (real) visited.add(real);
      }
      const scope = await scopeOf(state.rootReal, rel[0]);
      await walkFiles(target, { ...scope, rootReal: state.rootReal, extensions: [KIND_FOLDERS[kind].ext], problems: state.walkProblems, visited, signal: options.signal }, rel.length - 1, toRead);
    } else if (stat.isFile() && kindOfPath(rel.join('/'))) {
      const real = await resolveInside(target, state.rootReal, state.walkProblems);
      const scope = await scopeOf(state.rootReal, rel[0]);
      if (real && !scope.foreignReals.some((f) => isInside(f, real))) toRead.push({ file: target, real });
    }
  }
  let done = 0;
  options.onProgress?.(0, toRead.length);
  await mapLimit(toRead, LOAD_CONCURRENCY, async (walked) => {
    const result = await loadFile(root, walked, state.manifest, options);
    if (result) state.results.set(walked.file, result);
    options.onProgress?.(++done, toRead.length);
  }, options.signal);
  return assemble(root, pack.source, state);
}
