// Search speed and typo recovery: Kindly's engine side by side with FlexSearch, MiniSearch and Fuse.js
// on generated corpora of 1k, 10k and 100k documents (en/hi/bn mix, vocabulary taken from the built-in
// pack plus a long tail of generated words).
// Run: npx tsx --expose-gc bench/search.bench.ts [--max 100000] [--budget-ms 20000] [--engines kindly,flex,mini,fuse]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Charset, Document as FlexDocument } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { SearchIndex } from '../src/core/search/index';
import { indexableText } from '../src/core/search/plain';
import { words as tokenWords } from '../src/core/search/text';
import type { SearchDoc } from '../src/core/search/types';

// ---------------------------------------------------------------------------------------------
// Corpus and queries (deterministic)

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lang = 'en' | 'hi' | 'bn';
const LANGS: Lang[] = ['en', 'en', 'en', 'hi', 'bn'];

/** Words per language from the built-in pack, most frequent first (raw spelling kept). */
function packVocabulary(): Record<Lang, string[]> {
  const counts: Record<Lang, Map<string, number>> = { en: new Map(), hi: new Map(), bn: new Map() };
  const root = path.resolve(__dirname, '../snippets');
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
  for (const file of fs.existsSync(root) ? walk(root) : []) {
    const lang = (/\/(en|hi|bn)\//.exec(file)?.[1] ?? 'en') as Lang;
    for (const m of indexableText(fs.readFileSync(file, 'utf8')).matchAll(/[\p{L}\p{M}]+/gu)) {
      const w = m[0].toLowerCase();
      if ([...w].length < 2) continue;
      const script = /[\u0900-\u097f]/.test(w) ? 'hi' : /[\u0980-\u09ff]/.test(w) ? 'bn' : 'en';
      if (script !== lang && lang !== 'en') continue;
      counts[script === 'en' ? 'en' : lang].set(w, (counts[script === 'en' ? 'en' : lang].get(w) ?? 0) + 1);
    }
  }
  const out = {} as Record<Lang, string[]>;
  for (const l of ['en', 'hi', 'bn'] as Lang[]) out[l] = [...counts[l]].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  return out;
}

const SYLLABLES: Record<Lang, string[]> = {
  en: ['ka', 'lo', 'mi', 'tra', 'ven', 'sor', 'pli', 'dex', 'rum', 'tas', 'bel', 'quo', 'nir', 'fen', 'gal', 'hox'],
  hi: ['क', 'रा', 'मि', 'ते', 'लो', 'सु', 'नी', 'पा', 'गो', 'वि', 'धा', 'रे'],
  bn: ['ক', 'রা', 'মি', 'তে', 'লো', 'সু', 'নী', 'পা', 'গো', 'বি', 'ধা', 'রে'],
};

function generate(n: number, vocab: Record<Lang, string[]>): SearchDoc[] {
  const rand = rng(42);
  const zipf = (list: string[]) => list[Math.floor(list.length * rand() ** 2.2)];
  const tail = (lang: Lang) => {
    const s = SYLLABLES[lang];
    let w = '';
    const len = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < len; i++) w += s[Math.floor(rand() * s.length)];
    return w;
  };
  const pick = (lang: Lang) => (rand() < 0.12 ? tail(lang) : zipf(vocab[lang]));
  const phrase = (lang: Lang, k: number) => Array.from({ length: k }, () => pick(lang)).join(' ');
  const docs: SearchDoc[] = [];
  for (let i = 0; i < n; i++) {
    const lang = LANGS[Math.floor(rand() * LANGS.length)];
    docs.push({
      id: `doc-${i}`,
      kind: rand() < 0.7 ? 'template' : 'article',
      title: phrase(lang, 3 + Math.floor(rand() * 5)),
      tags: Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(lang)),
      body: phrase(lang, 30 + Math.floor(rand() * 50)),
      lang,
      pack: `pack-${i % 7}`,
    });
  }
  return docs;
}

interface Query { text: string; kind: 'prefix' | 'typo' | 'multi' | 'indic'; target?: string }

function typo(word: string, r: () => number): string {
  const chars = [...word];
  const i = 1 + Math.floor(r() * (chars.length - 2));
  const op = Math.floor(r() * 4);
  if (op === 0) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  else if (op === 1) chars.splice(i, 1);
  else if (op === 2) chars[i] = 'aeiou'[Math.floor(r() * 5)] === chars[i] ? 'x' : 'aeiou'[Math.floor(r() * 5)];
  else chars.splice(i, 0, chars[i]);
  return chars.join('');
}

/** A fixed query set drawn from the corpus: prefixes of title words, typos, multi-word, Hindi/Bengali. */
function makeQueries(docs: SearchDoc[], count: number): Query[] {
  const r = rng(7);
  const out: Query[] = [];
  const longWords = (d: SearchDoc) => d.title.split(' ').filter((w) => /^[a-z]{5,}$/.test(w));
  while (out.length < count) {
    const d = docs[Math.floor(r() * docs.length)];
    const kind = out.length % 4;
    const ws = d.title.split(' ');
    if (kind === 0 && d.lang === 'en') {
      const w = ws[Math.floor(r() * ws.length)];
      out.push({ kind: 'prefix', text: w.slice(0, 2 + Math.floor(r() * 3)) });
    } else if (kind === 1 && d.lang === 'en' && longWords(d).length >= 2) {
      // Two title words of the document, one of them misspelt: the document should be in the top 10.
      const [a, b] = longWords(d);
      out.push({ kind: 'typo', text: `${typo(a, r)} ${b} ${ws.filter((w) => w !== a && w !== b).slice(0, 1).join(' ')}`.trim(), target: d.id });
    } else if (kind === 2 && d.lang === 'en') {
      out.push({ kind: 'multi', text: ws.slice(0, 3).join(' '), target: d.id });
    } else if (kind === 3 && d.lang !== 'en') {
      const w = ws[Math.floor(r() * ws.length)];
      out.push({ kind: 'indic', text: r() < 0.5 ? w : ws.slice(0, 2).join(' ') });
    }
  }
  return out;
}

/** Every keystroke of typing a 9-word support sentence. */
function typingSequence(vocab: Record<Lang, string[]>): string[] {
  const sentence = vocab.en.filter((w) => w.length >= 4).slice(5, 14).join(' ');
  return Array.from({ length: sentence.length }, (_, i) => sentence.slice(0, i + 1));
}

// ---------------------------------------------------------------------------------------------
// Engines

interface Engine {
  name: string;
  build(docs: SearchDoc[]): void;
  search(q: string): string[];
}

function kindly(): Engine {
  let ix = new SearchIndex();
  return {
    name: 'Kindly',
    build(docs) { ix = new SearchIndex(); ix.addAll(docs); },
    search: (q) => ix.search(q, { limit: 10 }).map((r) => r.id),
  };
}

function minisearch(): Engine {
  let ms: MiniSearch<SearchDoc>;
  return {
    name: 'MiniSearch',
    build(docs) {
      ms = new MiniSearch<SearchDoc>({
        fields: ['title', 'tagText', 'body'],
        extractField: (doc, field) => (field === 'tagText' ? doc.tags.join(' ') : (doc as unknown as Record<string, string>)[field]),
        // Unicode-aware tokenizer so Hindi/Bengali words keep their combining marks.
        tokenize: (text) => text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean),
        searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, tagText: 2 }, combineWith: 'OR' },
      });
      ms.addAll(docs);
    },
    search: (q) => ms.search(q).slice(0, 10).map((r) => String(r.id)),
  };
}

function flexsearch(): Engine {
  // FlexSearch's typings are strict about document shapes; the bench only needs add/search.
  let fx: { add(doc: unknown): void; search(q: string, o: unknown): unknown };
  return {
    name: 'FlexSearch',
    build(docs) {
      fx = new FlexDocument({
        document: { id: 'id', index: ['title', 'tags', 'body'] },
        tokenize: 'forward',
        // Balanced Latin encoder: folds similar-sounding letters, FlexSearch's form of typo tolerance.
        encoder: Charset.LatinBalance,
      } as never) as unknown as typeof fx;
      for (const d of docs) fx.add(d);
    },
    search: (q) => {
      const res = fx.search(q, { limit: 10, suggest: true, merge: true }) as Array<{ id: string }>;
      return res.slice(0, 10).map((r) => String(r.id));
    },
  };
}

function fuse(): Engine {
  let fz: Fuse<SearchDoc>;
  return {
    name: 'Fuse.js',
    build(docs) {
      fz = new Fuse(docs, {
        keys: [{ name: 'title', weight: 3 }, { name: 'tags', weight: 2 }, { name: 'body', weight: 1 }],
        threshold: 0.4,
        ignoreLocation: true,
        useExtendedSearch: false,
      });
    },
    search: (q) => fz.search(q, { limit: 10 }).map((r) => r.item.id),
  };
}

// ---------------------------------------------------------------------------------------------
// Measurement

const gc = (globalThis as { gc?: () => void }).gc;
function heapUsed(): number {
  if (gc) { gc(); gc(); }
  return process.memoryUsage().heapUsed;
}

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Row {
  engine: string; size: number; buildMs: number; heapMb: number | undefined;
  ran: number; of: number; p50: number; p95: number; p99: number;
  typeP95: number; typeRan: number; typeOf: number; recall: number | undefined; note: string;
}

function timeQueries(engine: Engine, qs: string[], budgetMs: number): { times: number[]; results: string[][]; capped: boolean } {
  const times: number[] = [];
  const results: string[][] = [];
  const start = performance.now();
  for (const q of qs) {
    if (performance.now() - start > budgetMs) return { times, results, capped: true };
    const t0 = performance.now();
    results.push(engine.search(q));
    times.push(performance.now() - t0);
  }
  return { times, results, capped: false };
}

function run(): void {
  const args = process.argv.slice(2);
  const arg = (name: string, def: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : def;
  };
  const max = arg('--max', 100000);
  const budget = arg('--budget-ms', 20000);
  const ei = args.indexOf('--engines');
  const only = ei >= 0 ? args[ei + 1].toLowerCase().split(',') : undefined;
  const makers = [kindly, flexsearch, minisearch, fuse].filter((m) => !only || only.some((o) => m.name.toLowerCase().startsWith(o)));
  const sizes = [1000, 10000, 100000].filter((s) => s <= max);
  const vocab = packVocabulary();
  const typing = typingSequence(vocab);
  console.log('Kindly search benchmark');
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.arch()}, Node ${process.version}`);
  console.log(`heap measured after GC: ${gc ? 'yes' : 'no (run with --expose-gc for memory numbers)'}; per-engine query budget ${budget} ms per size`);
  console.log(`vocabulary from the built-in pack: en ${vocab.en.length}, hi ${vocab.hi.length}, bn ${vocab.bn.length} words (+ generated long tail)`);
  console.log(`typing sequence (${typing.length} keystrokes): "${typing[typing.length - 1]}"\n`);
  const rows: Row[] = [];
  for (const size of sizes) {
    const docs = generate(size, vocab);
    const queries = makeQueries(docs, 400);
    const vocabSize = new Set(docs.flatMap((d) => tokenWords(d.title + ' ' + d.body))).size;
    console.log(`— ${size} documents (${vocabSize} distinct words), ${queries.length} queries`);
    for (const make of makers) {
      const engine = make();
      const before = heapUsed();
      const t0 = performance.now();
      engine.build(docs);
      const buildMs = performance.now() - t0;
      const heapMb = gc ? (heapUsed() - before) / 2 ** 20 : undefined;
      // Warm up (JIT), then measure.
      timeQueries(engine, queries.slice(0, 20).map((q) => q.text), budget / 10);
      const q = timeQueries(engine, queries.map((x) => x.text), budget);
      const t = timeQueries(engine, typing, budget / 2);
      const typoQs = queries.map((x, i) => ({ x, r: q.results[i] })).filter(({ x, r }) => x.kind === 'typo' && r !== undefined);
      const recall = typoQs.length ? typoQs.filter(({ x, r }) => r.includes(x.target!)).length / typoQs.length : undefined;
      const sorted = [...q.times].sort((a, b) => a - b);
      const tsorted = [...t.times].sort((a, b) => a - b);
      const row: Row = {
        engine: engine.name, size, buildMs, heapMb, ran: q.times.length, of: queries.length,
        p50: pct(sorted, 50), p95: pct(sorted, 95), p99: pct(sorted, 99),
        typeP95: pct(tsorted, 95), typeRan: t.times.length, typeOf: typing.length, recall,
        note: q.capped || t.capped ? 'time-boxed: ran only part of the queries' : '',
      };
      rows.push(row);
      console.log(format(row));
    }
    console.log('');
  }
  console.log('Targets (100k): p95 per keystroke ≤ 2 ms, build ≤ 5 s and ≤ 100 MB, typo recovery ≥ best peer.');
}

function format(r: Row): string {
  const f = (x: number) => (Number.isNaN(x) ? '   n/a' : x.toFixed(x < 10 ? 3 : 1).padStart(7));
  return [
    `  ${r.engine.padEnd(10)}`,
    `build ${(r.buildMs / 1000).toFixed(2).padStart(6)} s`,
    `heap ${r.heapMb === undefined ? '   n/a' : r.heapMb.toFixed(1).padStart(6)} MB`,
    `query p50/p95/p99 ${f(r.p50)} ${f(r.p95)} ${f(r.p99)} ms (${r.ran}/${r.of})`,
    `typing p95 ${f(r.typeP95)} ms (${r.typeRan}/${r.typeOf})`,
    `typo recovery@10 ${r.recall === undefined ? 'n/a' : (r.recall * 100).toFixed(1).padStart(5) + '%'}`,
    r.note,
  ].join('  ');
}

if (require.main === module) run();
export { generate, makeQueries, packVocabulary };
