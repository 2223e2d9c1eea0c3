// `kindly packs check <folder>...` validates packs for CI; `kindly packs list [folder...]` shows what loads.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkRuleExamples } from '../../core/lint';
import { describeProblem, findPackRoots, loadPack, MANIFEST_FILE } from '../../core/packs';
import type { LoadedPack, PackProblem } from '../../core/packs';
import type { CliCommand, CliIO } from '../io';
import { UsageError } from '../io';

const usage = `Usage:
  kindly packs check <folder>... [--format text|json]
  kindly packs list [folder...] [--format text|json]

check  Validates each pack (a folder holding ${MANIFEST_FILE}, or a folder containing packs):
       the manifest, templates/ and articles/ front matter, phrases/ and rules/ JSON, placeholders,
       rule patterns and each rule's own examples. Prints "file:line:col  message" per problem and a
       summary, or with --format json an array of {file, line, column, path, message, severity}.
list   Lists the packs found in the folders (default: the current folder) and the built-in pack.

Exit codes: 0 no problems, 1 problems found, 2 usage error (no folder, unknown option, missing folder).`;

interface Parsed {
  format: 'text' | 'json';
  folders: string[];
}

function parseArgs(args: readonly string[]): Parsed {
  let format: Parsed['format'] = 'text';
  const folders: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format expects "text" or "json", got ${value === undefined ? 'nothing' : `"${value}"`}`);
      format = value;
    } else if (arg === '--') {
      folders.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      folders.push(arg);
    }
  }
  return { format, folders };
}

/** Pack roots for the folders given on the command line; a missing folder is a usage error. */
async function rootsFor(folders: readonly string[], io: CliIO): Promise<string[]> {
  const roots: string[] = [];
  for (const folder of folders) {
    const abs = path.resolve(io.cwd, folder);
    const stat = await fs.stat(abs).catch(() => undefined);
    if (!stat) throw new UsageError(`folder not found: ${folder}`);
    if (stat.isFile() && path.basename(abs) === MANIFEST_FILE) {
      roots.push(path.dirname(abs));
      continue;
    }
    if (!stat.isDirectory()) throw new UsageError(`not a folder: ${folder}`);
    const found = await findPackRoots(abs);
    // A folder without any manifest is checked as a pack, so the missing manifest gets reported.
    roots.push(...(found.length > 0 ? found : [abs]));
  }
  return [...new Set(roots)];
}

function rel(io: CliIO, file: string): string {
  const r = path.relative(io.cwd, file) || '.';
  return r.split(path.sep).join('/');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function check(parsed: Parsed, io: CliIO): Promise<number> {
  if (parsed.folders.length === 0) throw new UsageError('expected at least one pack folder');
  const roots = await rootsFor(parsed.folders, io);
  const packs: LoadedPack[] = [];
  for (const root of roots) packs.push(await loadPack(root, 'workspace', { checkRule: checkRuleExamples }));
  const problems: PackProblem[] = packs.flatMap((p) => p.problems);
  if (parsed.format === 'json') {
    const rows = problems.map((p) => ({ file: rel(io, p.file), line: p.line, column: p.column, path: p.path, message: p.message, severity: p.severity }));
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
  } else {
    for (const p of problems) {
      io.stdout(`${rel(io, p.file)}:${p.line}:${p.column}  ${p.severity === 'warning' ? 'warning: ' : ''}${describeProblem(p)}\n`);
    }
    const items = packs.reduce((n, p) => n + p.templates.length + p.articles.length + p.phrases.length + p.rules.length, 0);
    if (problems.length === 0) {
      io.stdout(`${plural(packs.length, 'pack')} checked (${plural(items, 'item')}): no problems\n`);
    } else {
      const errors = problems.filter((p) => p.severity === 'error').length;
      io.stdout(`\n${plural(problems.length, 'problem')} (${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}) in ${plural(packs.length, 'pack')}\n`);
    }
  }
  return problems.length > 0 ? 1 : 0;
}

async function list(parsed: Parsed, io: CliIO): Promise<number> {
  const roots = parsed.folders.length > 0 ? await rootsFor(parsed.folders, io) : await findPackRoots(io.cwd);
  const packs: LoadedPack[] = [];
  for (const root of roots) packs.push(await loadPack(root, 'workspace'));
  if (!roots.some((r) => path.resolve(r) === path.resolve(io.builtinPackRoot))) packs.push(await loadPack(io.builtinPackRoot, 'builtin'));
  const rows = packs.map((p) => ({
    id: p.manifest.id, name: p.manifest.name, version: p.manifest.version, source: p.source, root: rel(io, p.root),
    languages: p.manifest.languages, templates: p.templates.length, articles: p.articles.length,
    phrases: p.phrases.length, rules: p.rules.length, problems: p.problems.length,
  }));
  if (parsed.format === 'json') {
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
  } else {
    for (const r of rows) {
      io.stdout(`${r.id}@${r.version}  ${r.name}  [${r.source}] ${r.root}\n` +
        `    ${r.languages.join(', ') || '-'}: ${plural(r.templates, 'template')}, ${plural(r.articles, 'article')}, ` +
        `${plural(r.phrases, 'phrase')}, ${plural(r.rules, 'rule')}${r.problems ? `, ${plural(r.problems, 'problem')}` : ''}\n`);
    }
  }
  return 0;
}

const command: CliCommand = {
  summary: 'check or list snippet packs',
  usage,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined) throw new UsageError('expected a subcommand: check or list');
    const parsed = parseArgs(rest);
    if (sub === 'check') return check(parsed, io);
    if (sub === 'list') return list(parsed, io);
    throw new UsageError(`unknown subcommand "${sub}": expected check or list`);
  },
};

export default command;
