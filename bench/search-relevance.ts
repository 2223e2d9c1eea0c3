// Relevance of Kindly's search on the labelled set test/fixtures/search/relevance.jsonl over the built-in
// pack: nDCG@10 and success@1, overall, per language and per query type.
// Run: npx tsx bench/search-relevance.ts [--verbose] [file.jsonl] (default: the labelled set below)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadPack } from '../src/core/packs';
import { indexPacks } from '../src/core/search/documents';
import type { SearchIndex } from '../src/core/search/index';

export interface LabelledQuery {
  query: string;
  lang: string | null;
  type?: string;
  /** Relevant item ids; the first is the one the agent wants. */
  relevant: string[];
}

export interface QueryScore { q: LabelledQuery; ndcg: number; success: boolean; top: string[] }
export interface Summary { n: number; ndcg10: number; success1: number }

const ROOT = path.resolve(__dirname, '..');
export const RELEVANCE_FILE = path.join(ROOT, 'test/fixtures/search/relevance.jsonl');

export function readLabelled(file = RELEVANCE_FILE): LabelledQuery[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as LabelledQuery);
}

/** Graded gains: the wanted item 2, the other relevant ones 1. */
function gain(q: LabelledQuery, id: string): number {
  const i = q.relevant.indexOf(id);
  return i === 0 ? 2 : i > 0 ? 1 : 0;
}

export function scoreQuery(index: SearchIndex, q: LabelledQuery): QueryScore {
  const top = index.search(q.query, { limit: 10 }).map((r) => r.id);
  const dcg = top.reduce((s, id, i) => s + (2 ** gain(q, id) - 1) / Math.log2(i + 2), 0);
  const ideal = q.relevant.map((id) => gain(q, id)).sort((a, b) => b - a).slice(0, 10);
  const idcg = ideal.reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  return { q, ndcg: idcg === 0 ? 0 : dcg / idcg, success: top[0] === q.relevant[0], top };
}

export function summarise(scores: QueryScore[]): Summary {
  const n = scores.length;
  return {
    n,
    ndcg10: n === 0 ? 0 : scores.reduce((s, x) => s + x.ndcg, 0) / n,
    success1: n === 0 ? 0 : scores.filter((x) => x.success).length / n,
  };
}

export async function builtinIndex(): Promise<SearchIndex> {
  return indexPacks([await loadPack(path.join(ROOT, 'snippets'), 'builtin')]);
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const index = await builtinIndex();
  const file = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
  const scores = readLabelled(file ? path.resolve(file) : undefined).map((q) => scoreQuery(index, q));
  const line = (label: string, s: Summary) =>
    `${label.padEnd(14)} n=${String(s.n).padStart(3)}  nDCG@10 ${s.ndcg10.toFixed(3)}  success@1 ${s.success1.toFixed(3)}`;
  console.log(`Kindly search relevance — ${index.size} items, ${scores.length} labelled queries from ${path.relative(ROOT, file ? path.resolve(file) : RELEVANCE_FILE)}`);
  console.log(line('overall', summarise(scores)));
  for (const key of ['lang', 'type'] as const) {
    const groups = new Map<string, QueryScore[]>();
    for (const s of scores) {
      const k = String(s.q[key] ?? 'any');
      groups.set(k, [...(groups.get(k) ?? []), s]);
    }
    for (const [k, g] of [...groups].sort()) console.log(line(`${key}=${k}`, summarise(g)));
  }
  if (verbose) {
    for (const s of scores.filter((x) => !x.success || x.ndcg < 0.8)) {
      console.log(`  ${s.ndcg.toFixed(2)} ${JSON.stringify(s.q.query)} want ${s.q.relevant[0]} got ${s.top.slice(0, 3).join(', ')}`);
    }
  }
}

if (require.main === module) void main();
