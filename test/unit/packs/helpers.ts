// Shared helpers for the pack tests: fixture paths, positions found by searching the fixture text
// (so expectations follow the files), temp folders and a fake CLI IO.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIO } from '../../../src/cli/io';
import type { LoadedPack, PackProblem } from '../../../src/core/packs';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/packs');

export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

/** 1-based line:column of the first occurrence of `needle` (after `after`, if given) in a file. */
export function posOf(file: string, needle: string, after?: string): { line: number; column: number } {
  const text = fs.readFileSync(file, 'utf8');
  const from = after === undefined ? 0 : text.indexOf(after);
  const offset = text.indexOf(needle, Math.max(0, from));
  if (offset < 0) throw new Error(`"${needle}" not found in ${file}`);
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

export function problemsIn(pack: LoadedPack, relFile: string): PackProblem[] {
  const file = path.join(pack.root, relFile);
  return pack.problems.filter((p) => p.file === file);
}

export function tempDir(prefix = 'kindly-packs-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes files (path → content) below `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

export function manifest(id: string, languages: string[] = ['en'], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ id, name: id, version: '1.0.0', languages, ...extra }, null, 2);
}

export function template(title: string, body: string, lang = 'en', extraHeader = ''): string {
  return `---\ntitle: ${title}\nlang: ${lang}\n${extraHeader}---\n${body}\n`;
}

export interface FakeIO extends CliIO {
  out: string;
  err: string;
}

export function fakeIO(cwd = REPO_ROOT): FakeIO {
  const io: FakeIO = {
    out: '',
    err: '',
    stdout: (t) => { io.out += t; },
    stderr: (t) => { io.err += t; },
    readStdin: async () => '',
    cwd,
    builtinPackRoot: path.join(REPO_ROOT, 'snippets'),
  };
  return io;
}
