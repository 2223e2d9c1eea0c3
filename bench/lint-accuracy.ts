// Precision and recall of the built-in rules over labelled drafts (JSON lines:
// {"id", "lang", "text", "expect": [{"category", "match"}]}), per language × category, as a Markdown table.
//   npx tsx bench/lint-accuracy.ts [files…]   (default: test/fixtures/lint/labelled/*.jsonl, else the dev set)
// A finding is a true positive when its category equals an expected entry's and the texts overlap: the
// expected `match` contains the flagged text or the flagged text contains it (case-insensitive, NFC).
// Each expected entry is matched at most once; unmatched findings are false positives.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleFileSchema } from '../src/core/packs/schema';
import { createLinter, type Finding, type Linter, type LintRule } from '../src/core/lint';

export interface LabelledDraft {
  id: string;
  lang: string;
  text: string;
  expect: Array<{ category: string; match: string }>;
  customerName?: string;
  companyName?: string;
}

export interface Tally { tp: number; fp: number; fn: number }
export interface AccuracyReport {
  /** key: `${lang}\t${category}` */
  cells: Map<string, Tally>;
  /** Drafts where something went wrong, for reading: false positives and misses. */
  mistakes: Array<{ id: string; lang: string; kind: 'fp' | 'fn'; category: string; text: string }>;
}

const REPO = path.resolve(__dirname, '..');

export function loadBuiltinRules(root = path.join(REPO, 'snippets', 'rules')): LintRule[] {
  const rules: LintRule[] = [];
  for (const f of fs.readdirSync(root).filter((n) => n.endsWith('.json')).sort()) {
    rules.push(...ruleFileSchema.parse(JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'))).rules);
  }
  return rules;
}

export function readJsonl(file: string): LabelledDraft[] {
  return fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as LabelledDraft);
}

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Vague follow-ups ("we'll get back to you soon") sit between two categories: issue 5 lists them under
 * overpromise, while a labelled set may file the whole commitment under structure. Findings of rules in
 * `bothWays` count for either.
 */
function matches(found: Finding, expected: { category: string; match: string }, bothWays: ReadonlySet<string>): boolean {
  const sameCategory = found.category === expected.category
    || (bothWays.has(found.ruleId) && (expected.category === 'structure' || expected.category === 'overpromise'));
  if (!sameCategory) return false;
  const a = fold(found.match);
  const b = fold(expected.match);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

export function measure(drafts: readonly LabelledDraft[], linter: Linter): AccuracyReport {
  const bothWays = new Set(linter.rules.filter((r) => r.check === 'vague-follow-up').map((r) => r.id));
  const cells = new Map<string, Tally>();
  const mistakes: AccuracyReport['mistakes'] = [];
  const cell = (lang: string, category: string) => {
    const key = `${lang}\t${category}`;
    let t = cells.get(key);
    if (!t) { t = { tp: 0, fp: 0, fn: 0 }; cells.set(key, t); }
    return t;
  };
  for (const d of drafts) {
    const findings = linter.lint(d.text, { customerName: d.customerName, companyName: d.companyName });
    const used = new Set<number>();
    for (const f of findings) {
      const i = d.expect.findIndex((e, k) => !used.has(k) && matches(f, e, bothWays));
      if (i >= 0) { used.add(i); cell(d.lang, d.expect[i].category).tp++; continue; }
      // A second finding on text already expected (e.g. two overlapping refusal phrases) is not a new error.
      if (d.expect.some((e) => matches(f, e, bothWays))) continue;
      cell(d.lang, f.category).fp++;
      mistakes.push({ id: d.id, lang: d.lang, kind: 'fp', category: f.category, text: `${f.match}  ⟵  ${d.text}` });
    }
    d.expect.forEach((e, k) => {
      if (used.has(k)) return;
      cell(d.lang, e.category).fn++;
      mistakes.push({ id: d.id, lang: d.lang, kind: 'fn', category: e.category, text: `${e.match}  ⟵  ${d.text}` });
    });
  }
  return { cells, mistakes };
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
export function precision(t: Tally): number { return ratio(t.tp, t.tp + t.fp); }
export function recall(t: Tally): number { return ratio(t.tp, t.tp + t.fn); }

export function totals(report: AccuracyReport, lang?: string): Tally {
  const sum: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [key, t] of report.cells) {
    if (lang !== undefined && !key.startsWith(`${lang}\t`)) continue;
    sum.tp += t.tp; sum.fp += t.fp; sum.fn += t.fn;
  }
  return sum;
}

export function markdownTable(report: AccuracyReport): string {
  const fmt = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(2));
  const rows = ['| lang | category | TP | FP | FN | precision | recall |', '|---|---|---:|---:|---:|---:|---:|'];
  const keys = [...report.cells.keys()].sort();
  const langs = [...new Set(keys.map((k) => k.split('\t')[0]))];
  for (const lang of langs) {
    for (const key of keys.filter((k) => k.startsWith(`${lang}\t`))) {
      const t = report.cells.get(key)!;
      rows.push(`| ${lang} | ${key.split('\t')[1]} | ${t.tp} | ${t.fp} | ${t.fn} | ${fmt(precision(t))} | ${fmt(recall(t))} |`);
    }
    const t = totals(report, lang);
    rows.push(`| **${lang}** | **all** | ${t.tp} | ${t.fp} | ${t.fn} | **${fmt(precision(t))}** | **${fmt(recall(t))}** |`);
  }
  return rows.join('\n');
}

function defaultFiles(): string[] {
  for (const dir of ['test/fixtures/lint/labelled', 'test/fixtures/lint/dev']) {
    const abs = path.join(REPO, dir);
    if (fs.existsSync(abs)) {
      const files = fs.readdirSync(abs).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(abs, f));
      if (files.length) return files;
    }
  }
  return [];
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const files = args.filter((a) => a !== '--verbose');
  const list = files.length ? files.map((f) => path.resolve(f)) : defaultFiles();
  const drafts = list.flatMap(readJsonl);
  const report = measure(drafts, createLinter(loadBuiltinRules()));
  console.log(`Kindly lint accuracy — ${drafts.length} drafts from ${list.map((f) => path.relative(REPO, f)).join(', ')}\n`);
  console.log(markdownTable(report));
  if (verbose) {
    console.log('\nMistakes:');
    for (const m of report.mistakes) console.log(`${m.kind.toUpperCase()} ${m.lang} ${m.category} [${m.id}] ${m.text.replace(/\n/g, '⏎')}`);
  }
}
