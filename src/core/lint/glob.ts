// Just enough globbing for `kindly lint "drafts/**/*.md"` with node:fs (no glob package is installed):
// `*` and `?` within a path segment, `**` for any number of folders. node_modules and dot-folders are
// skipped unless named explicitly, and so are pack folders (holding kindly-pack.json) below the starting
// folder: their templates are full of placeholders by design, and the editor does not lint them as drafts either.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const SKIP = new Set(['node_modules', '.git']);

/** Converts one glob to a RegExp over '/'-separated paths relative to the glob's base folder. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files matching `pattern` (a path or a glob, relative to `cwd`), sorted; [] when nothing matches. */
export async function expandGlobs(pattern: string, cwd: string): Promise<string[]> {
  const norm = pattern.split(path.sep).join('/');
  if (!/[*?]/.test(norm)) {
    const abs = path.resolve(cwd, pattern);
    const stat = await fs.stat(abs).catch(() => undefined);
    if (!stat) return [];
    if (stat.isFile()) return [abs];
    // A folder means the drafts in it.
    const md = await expandGlobs(path.join(pattern, '**/*.md'), cwd);
    return [...md, ...(await expandGlobs(path.join(pattern, '**/*.txt'), cwd))].sort();
  }
  const segments = norm.split('/');
  const firstGlob = segments.findIndex((s) => /[*?]/.test(s));
  const base = path.resolve(cwd, segments.slice(0, firstGlob).join('/') || '.');
  const matcher = globToRegExp(segments.slice(firstGlob).join('/'));
  const out: string[] = [];
  const walk = async (dir: string, rel: string, depth: number): Promise<void> => {
    if (depth > 32) return;
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (SKIP.has(e.name) || (e.name.startsWith('.') && !norm.includes('/.'))) continue;
        const sub = path.join(dir, e.name);
        if (await fs.stat(path.join(sub, 'kindly-pack.json')).then(() => true, () => false)) continue;
        await walk(sub, r, depth + 1);
      } else if (e.isFile() && matcher.test(r)) out.push(path.join(dir, e.name));
    }
  };
  await walk(base, '', 0);
  return out.sort();
}
