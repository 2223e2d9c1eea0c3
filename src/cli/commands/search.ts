// `kindly search "<query>"`: the sidebar's search engine on the command line, so pack maintainers can
// check what agents will find for a query.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { findPackRoots, loadPack, MANIFEST_FILE } from '../../core/packs';
import type { LoadedPack } from '../../core/packs';
import { indexPacks } from '../../core/search/documents';
import type { SearchKind, SearchResult } from '../../core/search/types';
import type { CliCommand, CliIO } from '../io';
import { UsageError } from '../io';

const usage = `Usage:
  kindly search "<query>" [--pack <folder>]... [--no-builtin] [--lang xx] [--kind template|article]
                [--limit N] [--format text|json]

Searches templates and articles of the built-in pack and the given packs with the same engine as the
sidebar (prefix matching on the last word, typo tolerance, synonyms, Hinglish/Banglish).

  --pack <folder>   a pack folder (or a folder containing packs); repeatable; its items override the
                    built-in pack's items with the same id
  --no-builtin      leave the built-in pack out
  --lang xx         only items in this language (en, hi, bn, …)
  --kind k          only templates or only articles
  --limit N         at most N results (default 10)
  --format f        text (default): rank, score, kind, lang, pack, title, id
                    json: an array of {id, title, kind, lang, pack, score} in rank order

Exit codes: 0 results found, 1 no results, 2 usage error (no query, bad option, missing folder).`;

interface Parsed {
  query: string;
  packs: string[];
  builtin: boolean;
  lang?: string;
  kind?: SearchKind;
  limit: number;
  format: 'text' | 'json';
}

function parseArgs(args: readonly string[]): Parsed {
  const out: Parsed = { query: '', packs: [], builtin: true, limit: 10, format: 'text' };
  const words: string[] = [];
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
      case '--lang': {
        const v = value();
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v)) throw new UsageError(`--lang expects a language tag such as en, hi or bn, got "${v}"`);
        out.lang = v;
        break;
      }
      case '--kind': {
        const v = value();
        if (v !== 'template' && v !== 'article') throw new UsageError(`--kind expects "template" or "article", got "${v}"`);
        out.kind = v;
        break;
      }
      case '--limit': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--limit expects a positive whole number, got "${v}"`);
        out.limit = Number(v);
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format expects "text" or "json", got "${v}"`);
        out.format = v;
        break;
      }
      case '--':
        words.push(...args.slice(i + 1));
        i = args.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        words.push(arg);
    }
  }
  out.query = words.join(' ').trim();
  if (out.query === '') throw new UsageError('no query given');
  if (!out.builtin && out.packs.length === 0) throw new UsageError('--no-builtin leaves nothing to search: add --pack <folder>');
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

function textTable(results: SearchResult[]): string {
  const rows = results.map((r, i) => [String(i + 1), r.score.toFixed(3), r.kind, r.lang, r.pack, r.title, r.id]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => [...row[c]].length)));
  return rows
    .map((row) => row.map((cell, c) => (c === 0 || c === 1 ? cell.padStart(widths[c]) : c === row.length - 1 ? cell : cell + ' '.repeat(widths[c] - [...cell].length))).join('  '))
    .join('\n');
}

const command: CliCommand = {
  summary: 'search templates and articles like the sidebar does',
  usage,
  async run(args, io) {
    const opts = parseArgs(args);
    const packs: LoadedPack[] = [];
    if (opts.builtin) packs.push(await loadPack(io.builtinPackRoot, 'builtin'));
    for (const folder of opts.packs) {
      for (const root of await packRoots(folder, io)) packs.push(await loadPack(root, 'workspace'));
    }
    const index = indexPacks(packs);
    const results = index.search(opts.query, { lang: opts.lang, kind: opts.kind, limit: opts.limit });
    if (opts.format === 'json') {
      const rows = results.map(({ id, title, kind, lang, pack, score }) => ({ id, title, kind, lang, pack, score }));
      io.stdout(JSON.stringify(rows, null, 2) + '\n');
      return results.length > 0 ? 0 : 1;
    }
    if (results.length === 0) {
      const hints = index.suggest(opts.query, 5);
      const corrected = hints.find((h) => h.kind === 'query');
      const titles = hints.filter((h) => h.kind === 'title').map((h) => `  ${h.text} (${h.id})`);
      io.stdout(`No results for "${opts.query}".\n`);
      if (corrected) io.stdout(`Did you mean "${corrected.text}"?\n`);
      if (titles.length > 0) io.stdout(`Closest items:\n${titles.join('\n')}\n`);
      return 1;
    }
    io.stdout(textTable(results) + '\n');
    return 0;
  },
};

export default command;
