// `kindly lint [files|globs|-]`: the editor's draft linter for writers and CI, with the same engine and
// packs. Text for people, JSON for scripts, SARIF 2.1.0 for code scanning.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { findPackRoots, loadPack, MANIFEST_FILE, resolvePacks } from '../../core/packs';
import type { LoadedPack, PackProblem } from '../../core/packs';
import { checkRuleExamples, createLinter, lineIndex } from '../../core/lint';
import type { Finding, LintRule } from '../../core/lint';
import type { CliCommand, CliIO } from '../io';
import { UsageError } from '../io';
import { expandGlobs } from '../../core/lint/glob';
import { toSarif } from '../../core/lint/sarif';

const usage = `Usage:
  kindly lint [files|globs|-]... [--pack <folder>]... [--no-builtin] [--format text|json|sarif]
              [--max-warnings N] [--lang xx] [--customer <name>] [--company <name>]

Checks support-reply drafts for refusals, blame, dismissive or rude wording, negative words, promises
that cannot be kept, hiding behind policy, missing greeting/closing and unfilled placeholders — in
English, Hindi (also Hinglish) and Bengali. "-" reads standard input. Globs: * and ** (quote them).
Without files, lints **/*.md and **/*.txt under the current folder. Pack folders (holding
kindly-pack.json) inside a folder or glob are skipped; name a file to lint it anyway.

  --pack <folder>     a pack folder (or a folder of packs) whose rules are added; repeatable
  --no-builtin        leave the built-in rules out
  --format f          text (default): file:line:col severity message [rule]
                      json: an array of {file, line, column, endLine, endColumn, offset, endOffset,
                            ruleId, category, severity, message, match, rewrites} (UTF-16 offsets)
                      sarif: SARIF 2.1.0 for code scanning
  --max-warnings N    exit 1 when there are more than N warnings (default: any warning fails)
  --lang xx           only rules for this language (en, hi, bn)
  --customer <name>   the customer's name, for the greeting and closing checks
  --company <name>    your business name, for the greeting check

Exit codes: 0 clean (info and hints do not count), 1 errors or too many warnings, 2 usage or pack errors.`;

interface Options {
  inputs: string[];
  packs: string[];
  builtin: boolean;
  format: 'text' | 'json' | 'sarif';
  maxWarnings?: number;
  lang?: string;
  customer?: string;
  company?: string;
}

function parseArgs(args: readonly string[]): Options {
  const out: Options = { inputs: [], packs: [], builtin: true, format: 'text' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const v = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--pack': out.packs.push(value()); break;
      case '--no-builtin': out.builtin = false; break;
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format expects text, json or sarif, got "${v}"`);
        out.format = v;
        break;
      }
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings expects a whole number, got "${v}"`);
        out.maxWarnings = Number(v);
        break;
      }
      case '--lang': {
        const v = value();
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v)) throw new UsageError(`--lang expects a language tag such as en, hi or bn, got "${v}"`);
        out.lang = v;
        break;
      }
      case '--customer': out.customer = value(); break;
      case '--company': out.company = value(); break;
      case '--':
        out.inputs.push(...args.slice(i + 1));
        i = args.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        out.inputs.push(arg);
    }
  }
  if (!out.builtin && out.packs.length === 0) throw new UsageError('--no-builtin leaves no rules: add --pack <folder>');
  return out;
}

async function packRoots(folder: string, io: CliIO): Promise<string[]> {
  const abs = path.resolve(io.cwd, folder);
  const stat = await fs.stat(abs).catch(() => undefined);
  if (!stat) throw new UsageError(`pack folder not found: ${folder}`);
  if (stat.isFile() && path.basename(abs) === MANIFEST_FILE) return [path.dirname(abs)];
  if (!stat.isDirectory()) throw new UsageError(`not a folder: ${folder}`);
  const found = await findPackRoots(abs);
  return found.length > 0 ? found : [abs];
}

export interface LintedFile {
  file: string;
  text: string;
  findings: Finding[];
  notes: string[];
}

/** One row of `--format json`. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  ruleId: string;
  category: string;
  severity: string;
  message: string;
  match: string;
  rewrites: string[];
}

export function toJsonRows(files: readonly LintedFile[]): JsonFinding[] {
  const rows: JsonFinding[] = [];
  for (const f of files) {
    const idx = lineIndex(f.text);
    for (const x of f.findings) {
      const a = idx.position(x.start);
      const b = idx.position(x.end);
      rows.push({
        file: f.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: x.start, endOffset: x.end,
        ruleId: x.ruleId, category: x.category, severity: x.severity, message: x.message, match: x.match, rewrites: x.rewrites,
      });
    }
  }
  return rows;
}

function problemLine(p: PackProblem, cwd: string): string {
  return `${path.relative(cwd, p.file) || p.file}:${p.line}:${p.column} ${p.severity} ${p.message}${p.path ? ` (${p.path})` : ''}`;
}

const command: CliCommand = {
  summary: 'check drafts for negative phrasing, honesty and reply structure',
  usage,
  async run(args, io) {
    const opts = parseArgs(args);
    const loaded: LoadedPack[] = [];
    const checkRule = (rule: LintRule) => checkRuleExamples(rule);
    if (opts.builtin) loaded.push(await loadPack(io.builtinPackRoot, 'builtin', { checkRule }));
    for (const folder of opts.packs) {
      for (const root of await packRoots(folder, io)) loaded.push(await loadPack(root, 'workspace', { checkRule }));
    }
    const resolved = resolvePacks(loaded);
    const packErrors = resolved.problems.filter((p) => p.severity === 'error');
    for (const p of resolved.problems) io.stderr(`kindly lint: pack ${problemLine(p, io.cwd)}\n`);
    if (packErrors.length > 0) return 2;
    const linter = createLinter(resolved.rules);
    for (const p of linter.problems) io.stderr(`kindly lint: rule ${p.ruleId}: ${p.message}\n`);
    if (linter.problems.length > 0) return 2;

    const inputs = opts.inputs.length > 0 ? opts.inputs : ['**/*.md', '**/*.txt'];
    const files: LintedFile[] = [];
    const ctx = { lang: opts.lang, customerName: opts.customer, companyName: opts.company };
    for (const input of inputs) {
      if (input === '-') {
        const text = await io.readStdin();
        const r = linter.lintDetailed(text, ctx);
        files.push({ file: '<stdin>', text, findings: r.findings, notes: r.notes });
        continue;
      }
      const paths = await expandGlobs(input, io.cwd);
      if (paths.length === 0) {
        if (/[*?]/.test(input) && opts.inputs.length === 0) continue;
        throw new UsageError(/[*?]/.test(input) ? `no files match ${input}` : `file not found: ${input}`);
      }
      for (const abs of paths) {
        let text: string;
        try {
          text = await fs.readFile(abs, 'utf8');
        } catch (err) {
          throw new UsageError(`cannot read ${input}: ${err instanceof Error ? err.message : String(err)}`);
        }
        const r = linter.lintDetailed(text, ctx);
        files.push({ file: path.relative(io.cwd, abs) || abs, text, findings: r.findings, notes: r.notes });
      }
    }

    let errors = 0;
    let warnings = 0;
    for (const f of files) for (const x of f.findings) { if (x.severity === 'error') errors++; else if (x.severity === 'warning') warnings++; }
    if (opts.format === 'json') io.stdout(JSON.stringify(toJsonRows(files), null, 2) + '\n');
    else if (opts.format === 'sarif') io.stdout(JSON.stringify(toSarif(files, resolved.rules, io.cwd, process.env.KINDLY_VERSION ?? '0.0.0-dev'), null, 2) + '\n');
    else {
      for (const f of files) {
        const idx = lineIndex(f.text);
        for (const x of f.findings) {
          const p = idx.position(x.start);
          io.stdout(`${f.file}:${p.line}:${p.column} ${x.severity} ${x.message} [${x.ruleId}]\n`);
        }
        for (const n of f.notes) io.stderr(`${f.file}: note: ${n}\n`);
      }
      const infos = files.reduce((s, f) => s + f.findings.filter((x) => x.severity === 'info' || x.severity === 'hint').length, 0);
      io.stdout(`${files.length} file(s): ${errors} error(s), ${warnings} warning(s), ${infos} info\n`);
    }
    const tooManyWarnings = opts.maxWarnings === undefined ? warnings > 0 : warnings > opts.maxWarnings;
    return errors > 0 || tooManyWarnings ? 1 : 0;
  },
};

export default command;
