// Finding packs in a folder tree: every folder holding `kindly-pack.json`. Bounded in depth and in
// folders visited; skips dependency and VCS folders; follows symlinked folders only once (no loops).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_FIND_DEPTH, MAX_FIND_DIRECTORIES } from './limits';
import { MANIFEST_FILE } from './manifest';

/** Folder names never searched for packs. */
export const IGNORED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'bower_components']);

export interface FindPackRootsOptions {
  /** How many folder levels below `dir` to look (default DEFAULT_FIND_DEPTH). */
  maxDepth?: number;
  /** Extra folder names to skip. */
  ignore?: readonly string[];
  signal?: AbortSignal;
}

/**
 * Folders under `dir` (including `dir` itself) that hold a `kindly-pack.json`, sorted. A pack's own
 * subfolders are not searched. Never throws, except with an AbortError when `signal` aborts.
 */
export async function findPackRoots(dir: string, opts: FindPackRootsOptions = {}): Promise<string[]> {
  const maxDepth = opts.maxDepth ?? DEFAULT_FIND_DEPTH;
  const ignore = new Set([...IGNORED_FOLDERS, ...(opts.ignore ?? [])]);
  const found: string[] = [];
  const visited = new Set<string>();
  let queue: string[] = [path.resolve(dir)];
  for (let depth = 0; depth <= maxDepth && queue.length > 0; depth++) {
    const next: string[] = [];
    for (const folder of queue) {
      opts.signal?.throwIfAborted();
      if (visited.size >= MAX_FIND_DIRECTORIES) return found.sort();
      const real = await fs.realpath(folder).catch(() => undefined);
      if (real === undefined || visited.has(real)) continue;
      visited.add(real);
      const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
      if (entries.some((e) => e.name === MANIFEST_FILE && (e.isFile() || e.isSymbolicLink()))) {
        found.push(folder);
        continue;
      }
      for (const e of entries) {
        if (ignore.has(e.name)) continue;
        if (e.isDirectory() || e.isSymbolicLink()) next.push(path.join(folder, e.name));
      }
    }
    queue = next.sort();
  }
  return found.sort();
}
