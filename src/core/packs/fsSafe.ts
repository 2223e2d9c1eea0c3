// File-system access for packs, defensive by default: files are size-checked before reading, binary and
// non-UTF-8 files are refused, symlinks are followed only when they stay inside the pack (and never in a
// loop), FIFOs and devices are never opened, and files that vanish mid-load become problems.
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { PackProblem, PackProblemCode } from './model';
import { MAX_PACK_DEPTH, MAX_PACK_FILE_BYTES } from './limits';

export type ReadResult =
  | { ok: true; text: string; hadBom: boolean }
  | { ok: false; code: PackProblemCode; message: string; /** Node's error code, e.g. "ENOENT". */ errno?: string };

function errCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | undefined)?.code ?? '';
}

export function ioMessage(err: unknown): { code: PackProblemCode; message: string } {
  switch (errCode(err)) {
    case 'ENOENT':
      return { code: 'io', message: 'file disappeared while the pack was loading; it will be read again when it is saved' };
    case 'ELOOP':
      return { code: 'symlink', message: 'symlink loop: not followed' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'io', message: 'permission denied: cannot read this file' };
    case 'EISDIR':
      return { code: 'io', message: 'expected a file, found a folder' };
    default:
      return { code: 'io', message: `cannot read this file (${errCode(err) || (err instanceof Error ? err.message : String(err))})` };
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a pack file as UTF-8 text, refusing what a pack file can never be. Never throws. */
export async function readPackFile(file: string, maxBytes = MAX_PACK_FILE_BYTES): Promise<ReadResult> {
  let handle: fs.FileHandle | undefined;
  try {
    // O_NONBLOCK: opening a FIFO someone planted in a pack must not hang the loader.
    handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, code: 'io', message: 'not a regular file: skipped' };
    if (stat.size > maxBytes) {
      return { ok: false, code: 'too-large', message: `file is too large (${formatBytes(stat.size)}; the limit is ${formatBytes(maxBytes)}): not loaded` };
    }
    // Read at most one byte more than allowed, in case the file grew since stat.
    const buf = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buf.length) {
      const { bytesRead } = await handle.read(buf, length, buf.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, code: 'too-large', message: `file is too large (the limit is ${formatBytes(maxBytes)}): not loaded` };
    let bytes = buf.subarray(0, length);
    if (bytes.includes(0)) return { ok: false, code: 'binary', message: 'binary file (contains NUL bytes): not loaded; pack files must be UTF-8 text' };
    const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (hadBom) bytes = bytes.subarray(3);
    let text: string;
    try {
      text = UTF8.decode(bytes);
    } catch {
      return { ok: false, code: 'encoding', message: 'not valid UTF-8 text: save the file as UTF-8' };
    }
    return { ok: true, text, hadBom };
  } catch (err) {
    return { ok: false, ...ioMessage(err), errno: errCode(err) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** True when `child` is `parent` or inside it (both absolute, normalised). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export interface WalkedFile {
  /** Path under the pack root as the user sees it (may go through symlinks inside the pack). */
  file: string;
  /** Resolved path that was checked to be inside the pack; this is what gets read. */
  real: string;
}

export interface WalkOptions {
  rootReal: string;
  /** Real path of the content folder being walked (e.g. <pack>/templates); links above it are loops. */
  scopeReal: string;
  /** Real paths of the pack's other content folders: links into them are not followed (no double loading). */
  foreignReals: readonly string[];
  /** File name endings to collect, lower-case, e.g. ['.md']. */
  extensions: readonly string[];
  problems: PackProblem[];
  /** Real paths of folders already walked (loop and duplicate protection), shared across one load. */
  visited: Set<string>;
  maxDepth?: number;
  signal?: AbortSignal;
}

function walkProblem(file: string, message: string, code: PackProblemCode): PackProblem {
  return { file, line: 1, column: 1, path: '', message, severity: 'warning', code };
}

/**
 * Resolves a path found in a pack to its real path if it may be used: inside the pack root, not a
 * dangling link. Reports (as warnings) and returns undefined otherwise.
 */
export async function resolveInside(file: string, rootReal: string, problems: PackProblem[]): Promise<string | undefined> {
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch (err) {
    const code = errCode(err);
    if (code === 'ELOOP') problems.push(walkProblem(file, 'symlink loop: not followed', 'symlink'));
    else if (code === 'ENOENT') {
      // A dangling symlink, or a file deleted since it was listed.
      const isLink = await fs.lstat(file).then((s) => s.isSymbolicLink(), () => false);
      if (isLink) problems.push(walkProblem(file, 'symlink points to nothing: not followed', 'symlink'));
    } else problems.push(walkProblem(file, ioMessage(err).message, 'io'));
    return undefined;
  }
  if (!isInside(rootReal, real)) {
    problems.push(walkProblem(file, `symlink points outside the pack (to ${real}): not followed`, 'symlink'));
    return undefined;
  }
  return real;
}

/** Collects content files under `dir` (sorted, hidden entries skipped). Never throws except on abort. */
export async function walkFiles(dir: string, opts: WalkOptions, depth = 0, out: WalkedFile[] = []): Promise<WalkedFile[]> {
  opts.signal?.throwIfAborted();
  const dirReal = await resolveInside(dir, opts.rootReal, opts.problems);
  if (dirReal === undefined) return out;
  if (depth > 0 && (opts.visited.has(dirReal) || (dirReal !== opts.scopeReal && isInside(dirReal, opts.scopeReal)))) {
    opts.problems.push(walkProblem(dir, 'folder already loaded through another path (symlink loop or duplicate link): not followed', 'symlink'));
    return out;
  }
  if (depth > (opts.maxDepth ?? MAX_PACK_DEPTH)) {
    opts.problems.push(walkProblem(dir, `folder is nested too deeply (more than ${opts.maxDepth ?? MAX_PACK_DEPTH} levels): not loaded`, 'limit'));
    return out;
  }
  opts.visited.add(dirReal);
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (errCode(err) !== 'ENOENT') opts.problems.push(walkProblem(dir, ioMessage(err).message, 'io'));
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let real = path.join(dirReal, entry.name);
    if (entry.isSymbolicLink()) {
      const resolved = await resolveInside(full, opts.rootReal, opts.problems);
      if (resolved === undefined) continue;
      if (opts.foreignReals.some((f) => isInside(f, resolved))) {
        opts.problems.push(walkProblem(full, 'symlink points into another content folder of the pack: not followed', 'symlink'));
        continue;
      }
      const stat = await fs.stat(resolved).catch(() => undefined);
      if (!stat) continue;
      real = resolved;
      isDir = stat.isDirectory();
      isFile = stat.isFile();
    }
    if (isDir) await walkFiles(full, opts, depth + 1, out);
    else if (isFile && opts.extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push({ file: full, real });
  }
  return out;
}
