// Kindly's search engine: an in-memory inverted index over templates and articles, built for
// search-as-you-type. Scoring is BM25 per field (title > tags > body), summed over query "clauses";
// each clause is one query word (or a synonym span) and takes the best of its alternatives: the exact
// term, completions of the word being typed, typo neighbours and transliteration-key matches
// (Hinglish/Banglish). Documents matching every query word get a boost, then the best candidates get
// phrase and title-prefix boosts. Favourites/recency only break near-ties.
import { makeExcerpt, highlightRanges, type WordMatcher } from './excerpt';
import { indexableText, plainText } from './plain';
import { BUILTIN_SYNONYMS, type SynonymTable } from './synonyms';
import { isIndic, isStopWord, queryKeys, scriptOf, termOf, translitKey, words } from './text';
import type { SearchDoc, SearchKind, SearchOptions, SearchResult, Suggestion } from './types';
import { WordScanner } from './scan';
import { Vocab } from './vocab';

export type { SearchDoc, SearchOptions, SearchResult, Suggestion, SearchKind, Range } from './types';
export type { SynonymTable } from './synonyms';

// Field weights and BM25 parameters.
const W_TITLE = 3;
const W_TAGS = 2;
const W_BODY = 1;
const K1 = 1.2;
const B_TITLE = 0.5;
const B_TAGS = 0.3;
const B_BODY = 0.75;

// How much an alternative of a query word counts, relative to the word itself.
const ALT_EXACT = 1;
const ALT_PREFIX_MIN = 0.55;
const ALT_PREFIX_MAX = 0.85;
const ALT_FUZZY = [1, 0.6, 0.4];
// Key matches are weaker than a typo of a real word: "refnud" is the English "refund" before it is "रिफंड".
const ALT_KEY = 0.45;
const ALT_KEY_PREFIX = 0.3;
const ALT_KEY_FUZZY = 0.25;
const ALT_SYNONYM = 0.8;
const ALT_STOP = 0.3;
/** Completions of a last word that is a whole indexed word already count this much. */
const COMPLETE_WORD = 0.5;
/** Completions of a word that is not the last one (an abbreviation) count this much of a typed prefix. */
const ABBREVIATION = 0.8;

/** At most this many completions of the word being typed are scored (the most frequent ones). */
const MAX_EXPANSIONS = 24;
/** Dictionary entries looked at per prefix (in sorted order) when choosing completions. */
const MAX_PREFIX_SCAN = 4000;
/** Postings scored for the completions of one prefix (the first completion is always scored). */
const PREFIX_POSTINGS_BUDGET = 40000;
/** Prefixes this short only complete words in titles and tags: "r" must not score half the corpus. */
const SHORT_PREFIX = 3;
const MAX_POSITIONS = 30;
/** Factor for items written in the script of the query (see parse()). */
const SCRIPT_AFFINITY = 1.2;
/** Body postings of a word this common only add to documents found by rarer words (once there are enough). */
const OPEN_BODY_LIMIT = 8000;
const MIN_CANDIDATES = 400;

/** One way to satisfy a clause: a term, or (multi-word synonym) several terms that must all occur. */
interface Alt { terms: number[]; weight: number; headOnly: boolean }
interface Clause { mask: number; alts: Map<string, Alt> }
/** `keyWeight`: how much transliteration-key matches of this word count (less when it is a known Latin word). */
interface QueryWord {
  norm: string;
  term: string;
  prefix: boolean;
  keyWeight: number;
  /** Whether the word (its term) is in the index. */
  exact: boolean;
  /** Typo neighbours in the word dictionary, as [surface id, edits]. */
  near: Array<[number, number]>;
}
interface ParsedQuery {
  words: QueryWord[];
  clauses: Clause[];
  positions: number;
  /** Scripts of the documents the query is most likely after ("order kab aayega" → Indic). */
  scripts: ReadonlySet<DocScript>;
}
type DocScript = 'latin' | 'devanagari' | 'bengali';
interface SynEntry { terms: string[]; keys: string[]; group: number }
/** A synonym group: its members as term sequences (stop words removed). */
type SynGroup = string[][];

export interface SearchIndexOptions {
  /** Use the built-in synonyms of these languages (default: en, hi, bn). */
  builtinSynonyms?: boolean;
}

export class SearchIndex {
  // Documents (by internal number) and their per-field lengths.
  private docs: (SearchDoc | undefined)[] = [];
  private byId = new Map<string, number>();
  private titleLen: number[] = [];
  private tagLen: number[] = [];
  private bodyLen: number[] = [];
  /** Per document: 1 when live; and its script (0 Latin, 1 Devanagari, 2 Bengali) for the affinity factor. */
  private alive: Uint8Array = new Uint8Array(1024);
  private scriptCode: Uint8Array = new Uint8Array(1024);
  private live = 0;
  private dead = 0;
  private sumTitle = 0;
  private sumTags = 0;
  private sumBody = 0;

  // Terms (stemmed words) and their postings: (doc << 8) | tf, title/tag tf packed as two nibbles.
  private termIds = new Map<string, number>();
  private df: number[] = [];
  /** Per term, its first code unit (see matcher()). */
  private termFirst: number[] = [];
  /** Of `df`, how many documents are in a Devanagari/Bengali-script language. */
  private indicDf: number[] = [];
  private head: (Uint32Array | undefined)[] = [];
  private headN: number[] = [];
  private body: (Uint32Array | undefined)[] = [];
  private bodyN: number[] = [];

  // Surface words → term, transliteration keys → terms.
  private words = new Vocab();
  private scanner = new WordScanner();
  private sidBuffer: number[] = [];
  private wordTerm: number[] = [];
  /** Stop word → its title/tag-only term. */
  private stopTerms = new Map<string, number>();
  private keys = new Vocab();
  private keyTerms: number[][] = [];

  // Synonyms: source ("builtin:en", pack id) → table; compiled lazily into lookups by first term/key.
  private synonymSources = new Map<string, SynonymTable>();
  private synGroups: SynGroup[] = [];
  private synByTerm = new Map<string, SynEntry[]>();
  private synByKey = new Map<string, SynEntry[]>();
  private synDirty = true;
  private prefixCache = new Map<string, Array<[term: number, weight: number]>>();
  /** Typo neighbours of query words and keys: every keystroke re-parses the words typed before. */
  private nearCache = new Map<string, Array<[id: number, edits: number]>>();
  private plainCache = new Map<number, string>();

  // Scratch space reused by every query (sized to the number of documents).
  private total = new Float64Array(0);
  private clauseBest = new Float64Array(0);
  private altScore = new Float64Array(0);
  private altHits = new Uint8Array(0);
  private mark = new Uint8Array(0);
  /** 1 for the documents in `touched`: one byte to test where the totals would take two wider reads. */
  private seen = new Uint8Array(0);
  /** Postings found by matchPostings(), and the documents kept by prune(). */
  private hits = new Uint32Array(0);
  private kept = new Int32Array(0);
  private kHeap = new Float64Array(0);
  /** See lengthNorms(); keyed by what they depend on (document numbers are never reused). */
  private norms: { n: number; avgT: number; avgG: number; avgB: number; arrays: [Float64Array, Float64Array, Float64Array] } | undefined;
  /** Bumped whenever the length norms change: the per-term bounds below are valid for one generation. */
  private normsGen = 0;
  /** Per term, the best head (title + tags) and body BM25 of any of its postings, for normsGen boundGen[t]. */
  private boundHead = new Float64Array(0);
  private boundBody = new Float64Array(0);
  private boundGen = new Int32Array(0);
  private cover = new Uint32Array(0);
  /** Documents with a score in this query (to reset the arrays above), and one clause's documents. */
  private touched = new DocList();
  private clauseDocs = new DocList();
  private tfTitle: Uint16Array = new Uint16Array(0);
  private tfTags: Uint16Array = new Uint16Array(0);
  private tfBody: Uint16Array = new Uint16Array(0);

  constructor(options: SearchIndexOptions = {}) {
    if (options.builtinSynonyms !== false) {
      for (const [lang, table] of Object.entries(BUILTIN_SYNONYMS)) this.synonymSources.set(`builtin:${lang}`, table);
    }
  }

  /** Number of live documents. */
  get size(): number {
    return this.live;
  }

  has(id: string, kind?: SearchKind): boolean {
    return this.numbersOf(id, kind).length > 0;
  }

  get(id: string, kind?: SearchKind): SearchDoc | undefined {
    const n = this.numbersOf(id, kind)[0];
    return n === undefined ? undefined : this.docs[n];
  }

  /** Adds a document; an existing document with the same kind and id is replaced. */
  add(doc: SearchDoc): void {
    this.remove(doc.id, doc.kind);
    this.insert(doc);
  }

  addAll(docs: Iterable<SearchDoc>): void {
    for (const d of docs) this.add(d);
  }

  /** Removes the document with this id (of this kind, or of either kind); returns whether there was one. */
  remove(id: string, kind?: SearchKind): boolean {
    const found = this.numbersOf(id, kind);
    for (const n of found) this.removeNumber(n);
    return found.length > 0;
  }

  private numbersOf(id: string, kind?: SearchKind): number[] {
    const out: number[] = [];
    for (const k of kind ? [kind] : KINDS) {
      const n = this.byId.get(docKey(k, id));
      if (n !== undefined) out.push(n);
    }
    return out;
  }

  private removeNumber(n: number): void {
    this.prefixCache.clear();
    this.nearCache.clear();
    this.plainCache.delete(n);
    const doc = this.docs[n]!;
    const indic = docScript(doc.lang) !== 'latin';
    for (const t of this.termsOf(doc)) {
      this.df[t]--;
      if (indic) this.indicDf[t]--;
    }
    this.docs[n] = undefined;
    this.alive[n] = 0;
    this.byId.delete(docKey(doc.kind, doc.id));
    this.live--;
    this.dead++;
    this.sumTitle -= this.titleLen[n];
    this.sumTags -= this.tagLen[n];
    this.sumBody -= this.bodyLen[n];
  }

  /** Replaces every document of `pack` with `docs` (a pack was edited, added or removed). */
  replace(pack: string, docs: Iterable<SearchDoc>): void {
    this.docs.forEach((d, n) => { if (d && d.pack === pack) this.removeNumber(n); });
    for (const d of docs) this.add(d);
  }

  /** Sets (or with `undefined` clears) the synonyms a pack declares in its manifest. */
  setSynonyms(source: string, table: SynonymTable | undefined): void {
    if (table) this.synonymSources.set(source, table);
    else this.synonymSources.delete(source);
    this.synDirty = true;
  }

  /** Ranked results for what the agent typed; an empty query returns nothing. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = Math.max(1, Math.floor(options.limit ?? 20));
    this.compactIfNeeded();
    const parsed = this.parse(query);
    if (parsed.clauses.length === 0) return [];
    const k = Math.max(limit * 2, 20);
    this.ensureScratch(); // before ranking(), which holds on to the scratch arrays
    const rank = this.ranking(parsed, options);
    const candidates = this.select(this.score(parsed, rank, k), rank, k);
    this.resetScratch();
    this.rerank(candidates, parsed);
    const boosts = options.boostIds;
    candidates.sort((a, b) => {
      const hi = Math.max(a.score, b.score);
      if (boosts && Math.abs(a.score - b.score) <= 0.01 * hi) {
        const diff = (boosts.get(this.docs[b.n]!.id) ?? 0) - (boosts.get(this.docs[a.n]!.id) ?? 0);
        if (diff !== 0) return diff;
      }
      return b.score - a.score || this.docs[a.n]!.title.localeCompare(this.docs[b.n]!.title);
    });
    const matcher = this.matcher(parsed);
    return candidates.slice(0, limit).map(({ n, score }) => {
      const doc = this.docs[n]!;
      return {
        id: doc.id,
        kind: doc.kind,
        title: doc.title,
        lang: doc.lang,
        pack: doc.pack,
        tags: doc.tags,
        score: Math.round(score * 1000) / 1000,
        highlights: { title: highlightRanges(doc.title, matcher) },
        excerpt: makeExcerpt(this.plainOf(n), matcher),
      };
    });
  }

  /**
   * Nearest alternatives for a query that found nothing: a corrected query (each word replaced by the
   * closest indexed word, allowing one more typo than search does) and titles close to what was typed.
   */
  suggest(query: string, limit = 5): Suggestion[] {
    const out: Suggestion[] = [];
    const ws = words(query);
    if (ws.length === 0) return out;
    const corrected = ws.map((w) => this.closestWord(w) ?? w);
    const correctedQuery = corrected.join(' ');
    if (correctedQuery !== ws.join(' ')) out.push({ kind: 'query', text: correctedQuery });
    const seen = new Set<string>();
    for (const q of [correctedQuery, ...corrected]) {
      for (const r of this.search(q, { limit })) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        out.push({ kind: 'title', text: r.title, id: r.id });
        if (out.length >= limit + 1) return out;
      }
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Indexing

  private insert(doc: SearchDoc): void {
    this.prefixCache.clear();
    this.nearCache.clear();
    const n = this.docs.length;
    this.docs.push(doc);
    if (n >= this.alive.length) {
      this.alive = grow8(this.alive, n + 1);
      this.scriptCode = grow8(this.scriptCode, n + 1);
    }
    this.alive[n] = 1;
    this.scriptCode[n] = SCRIPT_CODES[docScript(doc.lang)];
    this.byId.set(docKey(doc.kind, doc.id), n);
    this.live++;
    const sids = this.sidBuffer;
    sids.length = 0;
    const title = this.surfaceTerms(this.scanner.scan(doc.title, this.words, sids), true);
    sids.length = 0;
    const tags = this.surfaceTerms(this.scanner.scan(doc.tags.join(' '), this.words, sids), true);
    sids.length = 0;
    const body = this.surfaceTerms(this.scanner.scan(indexableText(doc.body), this.words, sids), false);
    this.titleLen.push(title.length);
    this.tagLen.push(tags.length);
    this.bodyLen.push(body.length);
    this.sumTitle += title.length;
    this.sumTags += tags.length;
    this.sumBody += body.length;

    const nTerms = this.df.length;
    if (this.tfTitle.length < nTerms) {
      this.tfTitle = grow16(this.tfTitle, nTerms);
      this.tfTags = grow16(this.tfTags, nTerms);
      this.tfBody = grow16(this.tfBody, nTerms);
    }
    const indic = docScript(doc.lang) !== 'latin';
    const seen: number[] = [];
    const count = (list: number[], tf: Uint16Array) => {
      for (const t of list) {
        if (this.tfTitle[t] === 0 && this.tfTags[t] === 0 && this.tfBody[t] === 0) seen.push(t);
        if (tf[t] < 65535) tf[t]++;
      }
    };
    count(title, this.tfTitle);
    count(tags, this.tfTags);
    count(body, this.tfBody);
    for (const t of seen) {
      const tt = this.tfTitle[t];
      const tg = this.tfTags[t];
      const tb = this.tfBody[t];
      const ht = Math.min(tt, 15);
      const hg = Math.min(tg, 15);
      const bt = Math.min(tb, 255);
      if (tt > 0 || tg > 0) this.push(this.head, this.headN, t, (n << 8) | ht | (hg << 4));
      if (tb > 0) this.push(this.body, this.bodyN, t, (n << 8) | bt);
      this.df[t]++;
      if (indic) this.indicDf[t]++;
      this.tfTitle[t] = 0;
      this.tfTags[t] = 0;
      this.tfBody[t] = 0;
    }
  }

  private push(lists: (Uint32Array | undefined)[], counts: number[], t: number, value: number): void {
    let list = lists[t];
    const len = counts[t];
    if (!list || len === list.length) {
      const next = new Uint32Array(list ? list.length * 2 : 2);
      if (list) next.set(list);
      lists[t] = list = next;
    }
    list[len] = value >>> 0;
    counts[t] = len + 1;
  }

  /**
   * Term ids of the words, creating terms, surfaces and transliteration keys as needed. Stop words are
   * left out of bodies; in titles and tags they get a term of their own that only ever tips the balance
   * between documents found by other words ("thank *your* refund").
   */
  private surfaceTerms(sids: readonly number[], head: boolean): number[] {
    const out: number[] = [];
    for (const sid of sids) {
      let t = this.wordTerm[sid];
      if (t === undefined) t = this.newWord(sid);
      if (t >= 0) out.push(t);
      else if (head) out.push(this.stopTerms.get(this.words.surfaces[sid])!);
    }
    return out;
  }

  /** Sets up a surface word seen for the first time; returns its term (-1 for a stop word). */
  private newWord(sid: number): number {
    const w = this.words.surfaces[sid];
    if (isStopWord(w)) {
      this.wordTerm[sid] = -1;
      this.stopTerms.set(w, this.newTerm(`\u0001${w}`));
      return -1;
    }
    const term = termOf(w);
    const t = this.termIds.get(term) ?? this.newTerm(term);
    this.wordTerm[sid] = t;
    if (isIndic(w)) {
      const key = translitKey(w);
      if (key.length >= 2) {
        const kid = this.keys.intern(key);
        const list = (this.keyTerms[kid] ??= []);
        if (!list.includes(t)) list.push(t);
      }
    }
    return t;
  }

  /**
   * Which script a query in Latin letters means: "payment hocche na" is Bengali ("hocche" is only a key of
   * Bengali words), "paisa wapas kab milega" Hindi. Each word whose key matches words of one script only
   * votes for it; a tie (or no vote) keeps both.
   */
  private romanScripts(used: readonly QueryWord[]): DocScript[] {
    let hindi = 0;
    let bengali = 0;
    for (const w of used) {
      if (scriptOf(w.norm) !== 'latin') continue;
      let deva = false;
      let beng = false;
      for (const key of queryKeys(w.norm)) {
        const kid = key.length >= 2 ? this.keys.get(key) : undefined;
        if (kid === undefined) continue;
        for (const t of this.keyTerms[kid]) {
          if (this.df[t] === 0) continue;
          const c = this.termFirst[t];
          if (c >= 0x0900 && c <= 0x097f) deva = true;
          else if (c >= 0x0980 && c <= 0x09ff) beng = true;
        }
      }
      if (deva !== beng) { if (deva) hindi++; else bengali++; }
    }
    return hindi > bengali ? ['devanagari'] : bengali > hindi ? ['bengali'] : ['devanagari', 'bengali'];
  }

  private newTerm(term: string): number {
    const t = this.df.length;
    this.termIds.set(term, t);
    this.termFirst.push(term.charCodeAt(0));
    this.df.push(0);
    this.indicDf.push(0);
    this.head.push(undefined);
    this.headN.push(0);
    this.body.push(undefined);
    this.bodyN.push(0);
    return t;
  }

  private termsOf(doc: SearchDoc): Set<number> {
    const head = [...words(doc.title), ...words(doc.tags.join(' '))];
    const out = new Set<number>();
    for (const w of [...head, ...words(indexableText(doc.body))]) {
      const sid = this.words.get(w);
      if (sid !== undefined && this.wordTerm[sid] >= 0) out.add(this.wordTerm[sid]);
    }
    for (const w of head) {
      const st = this.stopTerms.get(w);
      if (st !== undefined) out.add(st);
    }
    return out;
  }

  /** Removed documents leave stale postings behind; rebuild once they are a quarter of the index. */
  private compactIfNeeded(): void {
    if (this.dead < 64 || this.dead * 4 < this.docs.length) return;
    const live = this.docs.filter((d): d is SearchDoc => d !== undefined);
    const sources = this.synonymSources;
    Object.assign(this, new SearchIndex({ builtinSynonyms: false }));
    this.synonymSources = sources;
    this.synDirty = true;
    for (const d of live) this.insert(d);
  }

  // -------------------------------------------------------------------------------------------
  // Query parsing

  private parse(query: string): ParsedQuery {
    const all = words(query);
    const endsInWord = /[\p{L}\p{M}\p{N}]$/u.test(query);
    const qwords: QueryWord[] = [];
    const stops: string[] = [];
    let stopPrefix: string | undefined;
    all.forEach((norm, i) => {
      const prefix = endsInWord && i === all.length - 1;
      // Stop words carry no meaning, unless the agent is still typing them (they may become "theme").
      if (isStopWord(norm) && (!prefix || all.length > 1)) {
        stops.push(norm);
        if (prefix) stopPrefix = norm;
        return;
      }
      qwords.push({ norm, term: termOf(norm), prefix, keyWeight: 1, exact: false, near: [] });
    });
    const used = qwords.slice(0, MAX_POSITIONS);
    // A Latin word that is no indexed word (nor a typo or start of one) but is a transliteration key of
    // one is Hindi or Bengali typed in Latin letters. Then the other Latin words of the query are likely
    // loan words in the same sentence ("password bhool gaye"), so their key matches count fully too.
    let romanIndic = false;
    let latinWords = 0;
    const indicScripts = new Set<DocScript>();
    for (const w of used) {
      const len = [...w.norm].length;
      const edits = len >= 8 ? 2 : len >= 4 ? 1 : 0;
      const t = this.termIds.get(w.term);
      const exact = t !== undefined && this.df[t] > 0;
      w.exact = exact;
      // Typo neighbours only for words that are not indexed words themselves: "form" stays "form".
      w.near = edits > 0 && !exact ? this.nearWords(w.norm, edits) : [];
      const script = scriptOf(w.norm);
      if (script === 'devanagari' || script === 'bengali') {
        indicScripts.add(script);
        w.keyWeight = 0.6;
        continue;
      }
      if (script !== 'latin') continue;
      latinWords++;
      let known = exact || w.near.length > 0;
      // A word still being typed is known when it starts an indexed word, however short: "order ac" is
      // "account" half-typed, not Hinglish (which would add key matches to every word of the query).
      if (!known && (len >= 3 || w.prefix)) this.words.forEachWithPrefix(w.norm, (sid) => !(known = this.liveWord(sid)));
      const keyHit = queryKeys(w.norm).some((k) => k.length >= 2 && this.keys.get(k) !== undefined);
      // Evidence of Hindi/Bengali in Latin letters: an unknown word with a key match, or a word that
      // occurs only in Hindi/Bengali items (Latin tags such as "paisa wapas").
      if ((!known && keyHit) || (exact && this.indicDf[t!] === this.df[t!])) romanIndic = true;
      // A Latin word that is (nearly) an indexed word is probably that word: no key matches.
      w.keyWeight = known ? 0 : 1;
    }
    if (romanIndic) for (const w of used) if (scriptOf(w.norm) === 'latin') w.keyWeight = 1;
    const scripts = new Set<DocScript>(
      romanIndic ? this.romanScripts(used) : indicScripts.size > 0 ? indicScripts : latinWords > 0 ? ['latin'] : [],
    );
    const clauses: Clause[] = [];
    used.forEach((w, i) => {
      const alts = this.alternatives(w);
      if (alts.size > 0) clauses.push({ mask: 1 << i, alts });
    });
    for (const c of this.synonymClauses(used)) clauses.push(c);
    // Stop words typed with other words: a small bonus for titles/tags containing them (mask 0: they
    // neither find documents nor count as query words).
    if (clauses.length > 0) {
      for (const w of new Set(stops)) {
        const st = this.stopTerms.get(w);
        if (st !== undefined && this.df[st] > 0) clauses.push({ mask: 0, alts: new Map([[String(st), { terms: [st], weight: ALT_STOP, headOnly: true }]]) });
      }
      // A stop word still being typed after other words ("thank you fo") may become a word: its
      // completions add a little, like a stop word, without deciding what is found.
      if (stopPrefix !== undefined) {
        const alts = new Map<string, Alt>();
        this.expandPrefix(stopPrefix, (t, weight, headOnly = false) => alts.set(String(t), { terms: [t], weight, headOnly }), ALT_STOP);
        if (alts.size > 0) clauses.push({ mask: 0, alts });
      }
    }
    return { words: used, clauses, positions: used.length, scripts };
  }

  private alternatives(w: QueryWord): Map<string, Alt> {
    const alts = new Map<string, Alt>();
    const offer = (t: number, weight: number, headOnly = false) => {
      if (t < 0 || this.df[t] <= 0) return;
      const key = String(t);
      const prev = alts.get(key);
      if (!prev || prev.weight < weight) alts.set(key, { terms: [t], weight, headOnly: headOnly && (!prev || prev.headOnly) });
      else if (!headOnly) prev.headOnly = false;
    };
    const exact = this.termIds.get(w.term);
    if (exact !== undefined && !isStopWord(w.norm)) offer(exact, ALT_EXACT);
    // Completions of a word that is already a whole word count less: the agent may have finished it.
    if (w.prefix) this.expandPrefix(w.norm, offer, exact !== undefined && this.df[exact] > 0 ? COMPLETE_WORD : 1);
    // An earlier word that is no word of its own may be an abbreviation ("acc lock", "pwd reset").
    else if ((exact === undefined || this.df[exact] <= 0) && [...w.norm].length >= 3) this.expandPrefix(w.norm, offer, ABBREVIATION);
    const len = [...w.norm].length;
    const edits = len >= 8 ? 2 : len >= 4 ? 1 : 0;
    if (edits > 0) for (const [sid, d] of w.near) offer(this.wordTerm[sid], ALT_FUZZY[d]);
    // Transliteration keys: a Latin word may be Hindi/Bengali typed in Latin letters, and an Indic word
    // may be spelt with another vowel length than the item. A Latin word that is (nearly) an indexed
    // word is probably that word, so its key matches count half (see parse()).
    const keyWeight = w.keyWeight;
    // Key matches fill in for words that are not indexed as typed (or Latin words in a Hinglish query).
    if (keyWeight === 0 || (w.exact && isIndic(w.norm))) return alts;
    for (const key of queryKeys(w.norm)) {
      if (key.length < 2) continue;
      const kid = this.keys.get(key);
      if (kid !== undefined) for (const t of this.keyTerms[kid]) offer(t, ALT_KEY * keyWeight);
      if (w.prefix) {
        let visited = 0;
        this.keys.forEachWithPrefix(key, (id) => {
          if (id !== kid) for (const t of this.keyTerms[id]) offer(t, ALT_KEY_PREFIX * keyWeight, key.length <= SHORT_PREFIX);
          return ++visited < MAX_EXPANSIONS;
        });
      }
      if (key.length >= 4) {
        for (const [id] of this.nearKeys(key)) for (const t of this.keyTerms[id]) offer(t, ALT_KEY_FUZZY * keyWeight);
      }
    }
    return alts;
  }

  /** Completions of the word being typed: the most frequent MAX_EXPANSIONS terms starting with it. */
  private expandPrefix(prefix: string, offer: (t: number, weight: number, headOnly?: boolean) => void, factor: number): void {
    const headOnly = [...prefix].length <= SHORT_PREFIX;
    let best = this.prefixCache.get(prefix);
    if (!best) {
      const found = new Map<number, number>(); // term → best weight
      let visited = 0;
      this.words.forEachWithPrefix(prefix, (sid) => {
        const t = this.wordTerm[sid];
        if (t >= 0 && this.df[t] > 0 && (!headOnly || this.headN[t] > 0)) {
          const s = this.words.surfaces[sid];
          const weight = ALT_PREFIX_MIN + (ALT_PREFIX_MAX - ALT_PREFIX_MIN) * (prefix.length / s.length);
          if ((found.get(t) ?? 0) < weight) found.set(t, weight);
        }
        return ++visited < MAX_PREFIX_SCAN;
      });
      const freq = (t: number) => (headOnly ? this.headN[t] : this.df[t]);
      const ranked = mostFrequent(found, freq, MAX_EXPANSIONS);
      // Bound the postings a keystroke scores: the most frequent completions first, within a budget.
      best = [];
      let postings = 0;
      for (const e of ranked) {
        if (best.length > 0 && postings + freq(e[0]) > PREFIX_POSTINGS_BUDGET) break;
        best.push(e);
        postings += freq(e[0]);
      }
      // Keystrokes repeat prefixes (typing, backspace); the cache is dropped whenever documents change.
      if (this.prefixCache.size > 4096) this.prefixCache.clear();
      this.prefixCache.set(prefix, best);
    }
    for (const [t, weight] of best) offer(t, weight * factor, headOnly);
  }

  private synonymClauses(ws: QueryWord[]): Clause[] {
    this.compileSynonyms();
    const out: Clause[] = [];
    const terms = ws.map((w) => w.term);
    const keys = ws.map((w) => queryKeys(w.norm)[0] ?? '');
    for (let i = 0; i < ws.length; i++) {
      const entries = [...(this.synByTerm.get(terms[i]) ?? []), ...(this.synByKey.get(keys[i]) ?? [])];
      for (const e of entries) {
        const n = Math.max(e.terms.length, e.keys.length);
        if (i + n > ws.length) continue;
        // Matched on real words, or (weaker) on transliteration keys: "paisa wapas" for "पैसा वापस".
        let quality = 1;
        for (let k = 0; k < n && quality > 0; k++) {
          if (terms[i + k] === e.terms[k]) continue;
          quality = e.keys[k] !== undefined && e.keys[k] !== '' && keys[i + k] === e.keys[k] ? Math.min(quality, ALT_KEY * ws[i + k].keyWeight) : 0;
        }
        if (quality === 0) continue;
        const alts = new Map<string, Alt>();
        for (const member of this.synGroups[e.group]) {
          if (member.length === n && member.every((m, k) => m === e.terms[k])) continue; // the words typed
          const ts = member.map((m) => this.termIds.get(m));
          if (ts.some((t) => t === undefined || this.df[t] <= 0)) continue;
          const terms = ts as number[];
          alts.set(terms.join(','), { terms, weight: ALT_SYNONYM * quality, headOnly: false });
        }
        let mask = 0;
        for (let k = 0; k < n; k++) mask |= 1 << (i + k);
        if (alts.size > 0) out.push({ mask, alts });
      }
    }
    return out;
  }

  /** Compiles the synonym tables into lookups by a member's first term and first transliteration key. */
  private compileSynonyms(): void {
    if (!this.synDirty) return;
    this.synDirty = false;
    this.synGroups = [];
    this.synByTerm = new Map();
    this.synByKey = new Map();
    for (const table of this.synonymSources.values()) {
      for (const [canonical, phrases] of Object.entries(table)) {
        const group = this.synGroups.length;
        const members = [canonical, ...phrases].map((p) => words(p).filter((w) => !isStopWord(w))).filter((m) => m.length > 0);
        this.synGroups.push(members.map((m) => m.map(termOf)));
        for (const m of members) {
          const entry: SynEntry = { terms: m.map(termOf), keys: m.map((w) => (isIndic(w) ? translitKey(w) : '')), group };
          pushTo(this.synByTerm, entry.terms[0], entry);
          if (entry.keys[0].length >= 2) pushTo(this.synByKey, entry.keys[0], entry);
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Scoring

  private ensureScratch(): void {
    const n = this.docs.length;
    if (this.total.length >= n) return;
    const size = Math.max(1024, n * 2);
    this.total = new Float64Array(size);
    this.clauseBest = new Float64Array(size);
    this.altScore = new Float64Array(size);
    this.altHits = new Uint8Array(size);
    this.mark = new Uint8Array(size);
    this.seen = new Uint8Array(size);
    this.hits = new Uint32Array(size);
    this.kept = new Int32Array(size);
    this.cover = new Uint32Array(size);
  }

  /**
   * Accumulates scores and coverage per document (every document touched is in this.touched, to reset
   * the scratch arrays). Returns the candidates for the top k: all touched documents, or fewer once
   * pruning showed that the others cannot reach the top k (see below).
   */
  private score(q: ParsedQuery, rank: Ranking, k: number): DocList {
    const docsCount = Math.max(1, this.live);
    const avgT = Math.max(1, this.sumTitle / docsCount);
    const avgG = Math.max(1, this.sumTags / docsCount);
    const avgB = Math.max(1, this.sumBody / docsCount);
    const { total, clauseBest, altScore, altHits, cover, alive, seen } = this;
    const [normT, normG, normB] = this.lengthNorms(avgT, avgG, avgB);
    // BM25 of one posting (title and tags, or body); shared by every path so that scores agree exactly.
    const headPart = (p: number, d: number): number => headBm25(p, normT, normG, d);
    const bodyPart = (p: number, d: number): number => bodyBm25(p, normB, d);
    const idf = (t: number) => Math.log(1 + (docsCount - this.df[t] + 0.5) / (this.df[t] + 0.5));
    const touched = this.touched;
    touched.length = 0;
    // Rare words first: they decide the candidates. A very common word's body postings then only add
    // to documents already found (its title/tag postings always count), which bounds the work per
    // keystroke at 100k documents without changing what ranks on top.
    const cost = (c: Clause) => { let n = 0; for (const a of c.alts.values()) for (const t of a.terms) n += this.bodyN[t]; return n; };
    const clauses = [...q.clauses].sort((a, b) => (a.mask === 0 ? 1 : 0) - (b.mask === 0 ? 1 : 0) || cost(a) - cost(b));
    const closed = (t: number) => this.bodyN[t] > OPEN_BODY_LIMIT && touched.length >= MIN_CANDIDATES;

    // Pruning (MaxScore): what each remaining clause can add at most, the query positions they can
    // still cover, and the postings they would read. Once a document not yet found could not reach
    // the k-th best score so far even with every remaining clause, no new document can enter the top
    // k; from then on only the documents that still can are scored, by skipping through the postings.
    const m = clauses.length;
    const maxLeft = new Float64Array(m + 1);
    const maskLeft = new Int32Array(m + 1);
    const workLeft = new Float64Array(m + 1);
    for (let i = m - 1; i >= 0; i--) {
      const c = clauses[i];
      let most = 0;
      let work = 0;
      for (const a of c.alts.values()) {
        let sum = 0;
        for (const t of a.terms) {
          sum += ((a.weight * idf(t)) / a.terms.length) * this.termBound(t, a.headOnly);
          work += this.headN[t] + (a.headOnly ? 0 : this.bodyN[t]);
        }
        if (sum > most) most = sum;
      }
      maxLeft[i] = maxLeft[i + 1] + most;
      maskLeft[i] = maskLeft[i + 1] | c.mask;
      workLeft[i] = workLeft[i + 1] + work;
    }
    let live: Int32Array | undefined; // sorted by document number once pruning started
    let checks = 0;

    for (let ci = 0; ci < m; ci++) {
      const clause = clauses[ci];
      if (live) live = this.prune(live, live.length, true, rank, k, maxLeft[ci], maskLeft[ci]);
      else if (ci > 0 && checks < 3 && workLeft[ci] >= 2 * touched.length) {
        // The k-th best score so far is at most what the clauses done could give one document: only
        // look for it when that could beat every document not found yet (a pass over the candidates).
        const fresh = rank.upperFresh(maxLeft[ci], maskLeft[ci]);
        if (fresh < rank.upperFresh(maxLeft[0] - maxLeft[ci], -1)) {
          checks++;
          const threshold = this.kthScore(touched.items, touched.length, rank, k);
          if (threshold > 0 && fresh < threshold) live = this.prune(touched.items, touched.length, false, rank, k, maxLeft[ci], maskLeft[ci], threshold);
        }
      }
      const only = clause.alts.size === 1 ? clause.alts.values().next().value! : undefined;
      const mask = clause.mask;
      if (live) {
        // Only the documents still in the running, in the same order of additions as below.
        const hits = this.hits;
        if (only && only.terms.length === 1) {
          const t = only.terms[0];
          const w = only.weight * idf(t);
          for (let i = 0, n = matchPostings(this.head[t], this.headN[t], live, hits); i < n; i++) {
            const d = hits[i] >>> 8;
            total[d] += w * headPart(hits[i], d);
            cover[d] |= mask;
          }
          if (only.headOnly) continue;
          for (let i = 0, n = matchPostings(this.body[t], this.bodyN[t], live, hits); i < n; i++) {
            const d = hits[i] >>> 8;
            total[d] += w * bodyPart(hits[i], d);
            cover[d] |= mask;
          }
          continue;
        }
        const clauseDocs = this.clauseDocs;
        clauseDocs.length = 0;
        for (const alt of clause.alts.values()) {
          const need = alt.terms.length;
          const altDocs: number[] = [];
          for (const t of alt.terms) {
            const w = (alt.weight * idf(t)) / need;
            const bit = 1 << Math.min(alt.terms.indexOf(t), 7);
            const addHits = (n: number, head: boolean) => {
              for (let i = 0; i < n; i++) {
                const p = hits[i];
                const d = p >>> 8;
                if (altScore[d] === 0) altDocs.push(d);
                altScore[d] += w * (head ? headPart(p, d) : bodyPart(p, d));
                if (need > 1) altHits[d] |= bit;
              }
            };
            addHits(matchPostings(this.head[t], this.headN[t], live, hits), true);
            if (!alt.headOnly) addHits(matchPostings(this.body[t], this.bodyN[t], live, hits), false);
          }
          this.bestOfAlt(altDocs, need, clauseDocs);
        }
        this.addClause(mask);
        continue;
      }
      if (only && only.terms.length === 1) {
        // One term and nothing to take the best of: score straight into the totals.
        const t = only.terms[0];
        const w = only.weight * idf(t);
        this.addPostings(this.head[t], this.headN[t], true, w, mask, mask !== 0);
        // (A body posting opens a document unless the word is too common; see closed().)
        if (!only.headOnly) this.addPostings(this.body[t], this.bodyN[t], false, w, mask, !closed(t));
        continue;
      }
      const clauseDocs = this.clauseDocs;
      clauseDocs.length = 0;
      const opens = mask !== 0;
      for (const alt of clause.alts.values()) {
        const need = alt.terms.length;
        if (need === 1) {
          const t = alt.terms[0];
          this.bestOfTerm(t, alt.weight * idf(t), alt.headOnly, opens, closed(t), clauseDocs);
          continue;
        }
        const altDocs: number[] = [];
        for (const t of alt.terms) {
          const w = (alt.weight * idf(t)) / need;
          const bit = 1 << Math.min(alt.terms.indexOf(t), 7);
          const h = this.head[t];
          const hn = this.headN[t];
          if (h) {
            for (let i = 0; i < hn; i++) {
              const p: number = h[i];
              const d = p >>> 8;
              if (!alive[d] || (!opens && seen[d] === 0)) continue;
              if (altScore[d] === 0) altDocs.push(d);
              altScore[d] += w * headPart(p, d);
              altHits[d] |= bit;
            }
          }
          const b = this.body[t];
          const bn = this.bodyN[t];
          if (b && !alt.headOnly) {
            const shut = closed(t);
            for (let i = 0; i < bn; i++) {
              const p: number = b[i];
              const d = p >>> 8;
              if (!alive[d]) continue;
              if ((shut || !opens) && seen[d] === 0 && altScore[d] === 0 && clauseBest[d] === 0) continue;
              if (altScore[d] === 0) altDocs.push(d);
              altScore[d] += w * bodyPart(p, d);
              altHits[d] |= bit;
            }
          }
        }
        this.bestOfAlt(altDocs, need, clauseDocs);
      }
      this.addClause(mask);
    }
    if (!live) return touched;
    // Candidates in the order they were found, as without pruning (ties keep the same winner).
    const keep = this.mark;
    for (const d of live) keep[d] = 1;
    const candidates = new DocList();
    for (let i = 0; i < touched.length; i++) if (keep[touched.items[i]] === 1) candidates.push(touched.items[i]);
    for (const d of live) keep[d] = 0;
    return candidates;
  }

  /**
   * Adds the head (title/tags) or body postings of one term, weighted by `w`, to the totals. A document
   * not found yet is only added when `opens`. Plain loops over typed arrays: this is where a query at
   * 100k documents spends its time.
   */
  private addPostings(list: Uint32Array | undefined, n: number, head: boolean, w: number, mask: number, opens: boolean): void {
    if (!list) return;
    const { total, cover, alive, seen, touched } = this;
    const [normT, normG, normB] = this.norms!.arrays;
    for (let i = 0; i < n; i++) {
      const p: number = list[i];
      const d = p >>> 8;
      if (seen[d] === 0) {
        if (!opens || !alive[d]) continue;
        seen[d] = 1;
        touched.push(d);
      }
      total[d] += w * (head ? headBm25(p, normT, normG, d) : bodyBm25(p, normB, d));
      cover[d] |= mask;
    }
  }

  /**
   * One single-term alternative of a clause: its head and body postings merged by document (both are
   * sorted), so each document's score for the term is known at once and the clause keeps the best.
   * Documents not found yet enter only when `opens`; their body postings not at all when `shut`.
   */
  private bestOfTerm(t: number, w: number, headOnly: boolean, opens: boolean, shut: boolean, clauseDocs: DocList): void {
    const { seen, alive, clauseBest } = this;
    const [normT, normG, normB] = this.norms!.arrays;
    const h = this.head[t];
    const hn = h ? this.headN[t] : 0;
    const b = this.body[t];
    const bn = b && !headOnly ? this.bodyN[t] : 0;
    const END = 0x7fffffff;
    let i = 0;
    let j = 0;
    while (i < hn || j < bn) {
      const dh = i < hn ? h![i] >>> 8 : END;
      const db = j < bn ? b![j] >>> 8 : END;
      const d = dh < db ? dh : db;
      const fresh = seen[d] === 0;
      let s = 0;
      let hit = false;
      if (dh === d) {
        const p = h![i++];
        if (alive[d] && (opens || !fresh)) {
          s = w * headBm25(p, normT, normG, d);
          hit = true;
        }
      }
      if (db === d) {
        const p = b![j++];
        if (alive[d] && (hit || !((shut || !opens) && fresh && clauseBest[d] === 0))) {
          const v = w * bodyBm25(p, normB, d);
          s = hit ? s + v : v;
          hit = true;
        }
      }
      if (!hit) continue;
      if (clauseBest[d] === 0) clauseDocs.push(d);
      if (s > clauseBest[d]) clauseBest[d] = s;
    }
  }

  /** Adds each document's best alternative of a clause (in clauseDocs) to its total. */
  private addClause(mask: number): void {
    const { total, cover, clauseBest, seen, touched } = this;
    const docs = this.clauseDocs.items;
    for (let i = 0, n = this.clauseDocs.length; i < n; i++) {
      const d = docs[i];
      if (seen[d] === 0) {
        seen[d] = 1;
        touched.push(d);
      }
      total[d] += clauseBest[d];
      cover[d] |= mask;
      clauseBest[d] = 0;
    }
  }

  /**
   * BM25's length normalisation K1·(1 − b + b·len/avg) per document and field, computed once per state
   * of the index rather than once per posting.
   */
  private lengthNorms(avgT: number, avgG: number, avgB: number): [Float64Array, Float64Array, Float64Array] {
    const n = this.docs.length;
    if (this.norms && this.norms.n === n && this.norms.avgT === avgT && this.norms.avgG === avgG && this.norms.avgB === avgB) return this.norms.arrays;
    const size = Math.max(1024, n);
    const [t, g, b] = this.norms && this.norms.arrays[0].length >= n ? this.norms.arrays : [new Float64Array(size), new Float64Array(size), new Float64Array(size)];
    const { titleLen, tagLen, bodyLen } = this;
    for (let d = 0; d < n; d++) {
      t[d] = K1 * (1 - B_TITLE + (B_TITLE * titleLen[d]) / avgT);
      g[d] = K1 * (1 - B_TAGS + (B_TAGS * tagLen[d]) / avgG);
      b[d] = K1 * (1 - B_BODY + (B_BODY * bodyLen[d]) / avgB);
    }
    this.norms = { n, avgT, avgG, avgB, arrays: [t, g, b] };
    this.normsGen++;
    return this.norms.arrays;
  }

  /** A multi-word alternative counts only where all of its words occur; the clause takes the best alternative. */
  private bestOfAlt(altDocs: number[], need: number, clauseDocs: DocList): void {
    const { altScore, altHits, clauseBest } = this;
    const all = need > 1 ? (1 << Math.min(need, 8)) - 1 : 0;
    for (const d of altDocs) {
      if (need === 1 || altHits[d] === all) {
        if (clauseBest[d] === 0) clauseDocs.push(d);
        if (altScore[d] > clauseBest[d]) clauseBest[d] = altScore[d];
      }
      altScore[d] = 0;
      altHits[d] = 0;
    }
  }

  /**
   * The most one document can score from term `t` (before weight and idf): the best head plus the best
   * body BM25 over its postings. Exact maxima rather than a bound from the highest tf and the shortest
   * field, so that MaxScore pruning starts early; computed once per term and state of the norms.
   */
  private termBound(t: number, headOnly: boolean): number {
    const gen = this.normsGen;
    if (this.boundGen.length <= t) {
      const size = Math.max(1024, this.df.length * 2);
      const grow = <A extends Float64Array | Int32Array>(a: A, next: A): A => { next.set(a); return next; };
      this.boundHead = grow(this.boundHead, new Float64Array(size));
      this.boundBody = grow(this.boundBody, new Float64Array(size));
      this.boundGen = grow(this.boundGen, new Int32Array(size));
    }
    if (this.boundGen[t] !== gen) {
      const [normT, normG, normB] = this.norms!.arrays;
      let mh = 0;
      let mb = 0;
      const h = this.head[t];
      for (let i = 0, n = this.headN[t]; i < n; i++) mh = Math.max(mh, headBm25(h![i], normT, normG));
      const b = this.body[t];
      for (let i = 0, n = this.bodyN[t]; i < n; i++) mb = Math.max(mb, bodyBm25(b![i], normB));
      this.boundHead[t] = mh;
      this.boundBody[t] = mb;
      this.boundGen[t] = gen;
    }
    return headOnly ? this.boundHead[t] : this.boundHead[t] + this.boundBody[t];
  }

  /** The k-th best score (lower bound: clauses may still add) among `docs`, or 0 with fewer than k. */
  private kthScore(docs: Int32Array, count: number, rank: Ranking, k: number): number {
    const heap = this.kHeap.length >= k ? this.kHeap : (this.kHeap = new Float64Array(k * 2));
    let size = 0;
    for (let j = 0; j < count; j++) {
      const d = docs[j];
      if (size === k && rank.ceiling(d) <= heap[0]) continue;
      if (!rank.passes(d)) continue;
      const s = rank.score(d);
      if (size < k) {
        let i = size++;
        while (i > 0) {
          const p = (i - 1) >> 1;
          if (heap[p] <= s) break;
          heap[i] = heap[p];
          i = p;
        }
        heap[i] = s;
      } else if (s > heap[0]) {
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          if (l >= k) break;
          const c = l + 1 < k && heap[l + 1] < heap[l] ? l + 1 : l;
          if (heap[c] >= s) break;
          heap[i] = heap[c];
          i = c;
        }
        heap[i] = s;
      }
    }
    return size < k ? 0 : heap[0];
  }

  /**
   * The first `count` documents of `docs` that pass the filters and could still reach the k-th best
   * score with everything the remaining clauses can add, sorted by number. The result is a view of
   * this.kept (so `docs` may be the previous result: the filter only ever writes behind its reads).
   */
  private prune(docs: Int32Array, count: number, sorted: boolean, rank: Ranking, k: number, maxLeft: number, maskLeft: number, threshold = this.kthScore(docs, count, rank, k)): Int32Array {
    const out = this.kept;
    let n = 0;
    for (let j = 0; j < count; j++) {
      const d = docs[j];
      if (rank.passes(d) && !(rank.upper(d, maxLeft, maskLeft) < threshold)) out[n++] = d;
    }
    const live = out.subarray(0, n);
    // A typed array sorts numerically, natively: far faster than a comparator on thousands of numbers.
    return sorted ? live : live.sort();
  }

  /** Filters, coverage and script affinity of one query, shared by pruning and the final selection. */
  private ranking(q: ParsedQuery, opts: SearchOptions): Ranking {
    const { total, cover, docs, scriptCode } = this;
    let wantScripts = 0;
    for (const sc of q.scripts) wantScripts |= 1 << SCRIPT_CODES[sc];
    const filtered = opts.kind !== undefined || opts.lang !== undefined || opts.packs !== undefined || (opts.tags?.length ?? 0) > 0;
    const positions = Math.max(1, q.positions);
    const full = q.positions >= 31 ? 0x7fffffff : (1 << q.positions) - 1;
    const langs = opts.lang === undefined ? undefined : (typeof opts.lang === 'string' ? [opts.lang] : [...opts.lang]).map((l) => l.toLowerCase());
    const packs = opts.packs ? new Set(opts.packs) : undefined;
    const tags = opts.tags?.map((t) => t.toLowerCase());
    // Matching every word the agent typed matters more than matching one word many times; items in
    // the script the agent is typing in (or means, for Hinglish) come before translations.
    const coverage = (bits: number) => {
      const covered = popcount(bits & full) / positions;
      return (0.3 + 0.7 * covered * covered) * (covered === 1 ? 1.25 : 1);
    };
    const affinity = (d: number) => (wantScripts & (1 << scriptCode[d]) ? SCRIPT_AFFINITY : 1);
    // Bounds are compared with a little slack so that rounding can never prune a document that ties.
    const SLACK = 1 + 1e-9;
    const ceiling = 1.25 * (wantScripts ? SCRIPT_AFFINITY : 1) * SLACK;
    return {
      passes: (d) => {
        if (!filtered) return true;
        const doc = docs[d]!;
        if (opts.kind && doc.kind !== opts.kind) return false;
        if (langs && !langs.some((l) => langMatches(doc.lang, l))) return false;
        if (packs && !packs.has(doc.pack)) return false;
        if (tags && !tags.every((t) => doc.tags.some((dt) => dt.toLowerCase() === t))) return false;
        return true;
      },
      score: (d) => {
        const covered = popcount(cover[d] & full) / positions;
        return total[d] * (0.3 + 0.7 * covered * covered) * (covered === 1 ? 1.25 : 1) * affinity(d);
      },
      upper: (d, maxLeft, maskLeft) => (total[d] + maxLeft) * coverage(cover[d] | maskLeft) * affinity(d) * SLACK,
      upperFresh: (maxLeft, maskLeft) => (maskLeft === 0 ? 0 : maxLeft * coverage(maskLeft) * (wantScripts ? SCRIPT_AFFINITY : 1) * SLACK),
      ceiling: (d) => total[d] * ceiling,
    };
  }

  /** Applies filters and the coverage factor, keeping the `k` best documents. */
  private select(candidates: DocList, rank: Ranking, k: number): Array<{ n: number; score: number }> {
    const heap: Array<{ n: number; score: number }> = [];
    const docs = candidates.items;
    for (let j = 0, n = candidates.length; j < n; j++) {
      const d = docs[j];
      if (heap.length === k && rank.ceiling(d) <= heap[0].score) continue;
      if (!rank.passes(d)) continue;
      const score = rank.score(d);
      if (heap.length < k) {
        heap.push({ n: d, score });
        siftUp(heap, heap.length - 1);
      } else if (score > heap[0].score) {
        heap[0] = { n: d, score };
        siftDown(heap, 0);
      }
    }
    return heap;
  }

  private resetScratch(): void {
    const { total, cover, seen, touched } = this;
    for (let i = 0; i < touched.length; i++) {
      const d = touched.items[i];
      total[d] = 0;
      cover[d] = 0;
      seen[d] = 0;
    }
    touched.length = 0;
  }

  /** Phrase and title boosts, computed only for the candidates. */
  private rerank(candidates: Array<{ n: number; score: number }>, q: ParsedQuery): void {
    const qs = q.words.map((w) => w.norm);
    if (qs.length === 0) return;
    const phrase = qs.join(' ');
    for (const c of candidates) {
      const doc = this.docs[c.n]!;
      const title = words(doc.title).join(' ');
      if (title === phrase) c.score *= 1.5;
      else if (title.startsWith(phrase)) c.score *= 1.3;
      else if (qs.length > 1 && (' ' + title + ' ').includes(' ' + phrase + (q.words[qs.length - 1].prefix ? '' : ' '))) c.score *= 1.2;
      else if (qs.length > 1 && doc.body.toLowerCase().includes(phrase)) c.score *= 1.1;
    }
  }

  /** Which words of a result to highlight: any word whose term matched, or the typed prefix of a word. */
  private matcher(q: ParsedQuery): WordMatcher {
    const matched = new Set<number>();
    for (const c of q.clauses) if (c.mask !== 0) for (const a of c.alts.values()) for (const t of a.terms) matched.add(t);
    const last = q.words[q.words.length - 1];
    const typing = last?.prefix ? last.norm : undefined;
    // Excerpts look at every word of ten bodies. A word's term starts with the word's first letter
    // (stemming only trims endings), so most words are ruled out without a dictionary lookup.
    const firsts = new Set<number>();
    for (const t of matched) firsts.add(this.termFirst[t]);
    return (norm) => {
      if (typing !== undefined && norm.startsWith(typing) && norm !== typing) return typing.length;
      if (!firsts.has(norm.charCodeAt(0))) return 0;
      const sid = this.words.get(norm);
      return sid !== undefined && matched.has(this.wordTerm[sid]) ? -1 : 0;
    };
  }

  /** Plain text of a body, cached for the documents shown recently (excerpts on every keystroke). */
  private plainOf(n: number): string {
    let text = this.plainCache.get(n);
    if (text === undefined) {
      text = plainText(this.docs[n]!.body);
      if (this.plainCache.size >= 512) this.plainCache.delete(this.plainCache.keys().next().value!);
      this.plainCache.set(n, text);
    }
    return text;
  }

  /** Live indexed words within `edits` of `norm` (cached until the documents change). */
  private nearWords(norm: string, edits: number): Array<[number, number]> {
    return this.cachedNear(`w${edits}:${norm}`, () => this.words.fuzzy(norm, edits).filter(([sid]) => this.liveWord(sid)));
  }

  /** Transliteration keys one edit away from `key`. */
  private nearKeys(key: string): Array<[number, number]> {
    return this.cachedNear(`k:${key}`, () => this.keys.fuzzy(key, 1));
  }

  private cachedNear(key: string, compute: () => Array<[number, number]>): Array<[number, number]> {
    let hit = this.nearCache.get(key);
    if (hit === undefined) {
      hit = compute();
      if (this.nearCache.size >= 1024) this.nearCache.delete(this.nearCache.keys().next().value!);
      this.nearCache.set(key, hit);
    }
    return hit;
  }

  private liveWord(sid: number): boolean {
    const t = this.wordTerm[sid];
    return t >= 0 && this.df[t] > 0;
  }

  private closestWord(w: string): string | undefined {
    const sid = this.words.get(w);
    if (sid !== undefined && this.wordTerm[sid] >= 0 && this.df[this.wordTerm[sid]] > 0) return w;
    const len = [...w].length;
    const edits = len >= 7 ? 3 : len >= 4 ? 2 : 1;
    let best: string | undefined;
    let bestKey = Infinity;
    for (const [id, d] of this.words.fuzzy(w, edits)) {
      const t = this.wordTerm[id];
      if (t < 0 || this.df[t] <= 0) continue;
      const key = d * 1e6 - this.df[t];
      if (key < bestKey) { bestKey = key; best = this.words.surfaces[id]; }
    }
    return best;
  }
}

const KINDS: readonly SearchKind[] = ['template', 'article'];

/** A list of document numbers in a reused, growing Int32Array: no garbage per query. */
class DocList {
  items = new Int32Array(1024);
  length = 0;

  push(d: number): void {
    if (this.length === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      next.set(this.items);
      this.items = next;
    }
    this.items[this.length++] = d;
  }
}

/** Weighted BM25 of a title/tags posting of document `d` (its number, unless given). */
function headBm25(p: number, normT: Float64Array, normG: Float64Array, d = p >>> 8): number {
  const tt = p & 15;
  const tg = (p >>> 4) & 15;
  let s = 0;
  if (tt) s += W_TITLE * (tt * (K1 + 1)) / (tt + normT[d]);
  if (tg) s += W_TAGS * (tg * (K1 + 1)) / (tg + normG[d]);
  return s;
}

/** Weighted BM25 of a body posting. */
function bodyBm25(p: number, normB: Float64Array, d = p >>> 8): number {
  const tf = p & 255;
  return W_BODY * (tf * (K1 + 1)) / (tf + normB[d]);
}

/** Per query: which documents the filters let through, their score, and bounds on it for pruning. */
interface Ranking {
  passes(d: number): boolean;
  /** The score from what has been accumulated so far (the final one once every clause is scored). */
  score(d: number): number;
  /** The most document `d` can score if the remaining clauses add up to `maxLeft` and cover `maskLeft`. */
  upper(d: number, maxLeft: number, maskLeft: number): number;
  /** The same for a document that no clause has matched yet. */
  upperFresh(maxLeft: number, maskLeft: number): number;
  /** A quick bound on score(d) (from its total alone), to skip the hopeless without computing it. */
  ceiling(d: number): number;
}

/**
 * Copies the postings of `docs` (sorted document numbers) in a doc-ordered postings list to `out` and
 * returns how many there are, galloping over the rest: pruned queries look up a few hundred documents
 * in lists of tens of thousands. (A buffer rather than a callback per posting, which V8 cannot inline.)
 */
function matchPostings(list: Uint32Array | undefined, n: number, docs: Int32Array, out: Uint32Array): number {
  if (!list) return 0;
  let found = 0;
  let i = 0;
  for (let j = 0; j < docs.length && i < n; j++) {
    const d = docs[j];
    if (list[i] >>> 8 < d) {
      // Exponential then binary search for the first posting at or after d.
      let lo = i + 1;
      let step = 1;
      while (lo + step < n && list[lo + step] >>> 8 < d) { lo += step; step *= 2; }
      let hi = Math.min(n, lo + step);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid] >>> 8 < d) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
      if (i >= n) break;
    }
    if (list[i] >>> 8 === d) out[found++] = list[i++];
  }
  return found;
}

const DEVANAGARI_LANGS = new Set(['hi', 'mr', 'ne', 'sa', 'kok', 'mai', 'bho', 'doi']);
const BENGALI_LANGS = new Set(['bn', 'as', 'mni']);
const SCRIPT_CODES: Readonly<Record<DocScript, number>> = { latin: 0, devanagari: 1, bengali: 2 };
const scriptCache = new Map<string, DocScript>();
function docScript(lang: string): DocScript {
  let s = scriptCache.get(lang);
  if (s === undefined) {
    const primary = lang.toLowerCase().split('-')[0];
    s = DEVANAGARI_LANGS.has(primary) ? 'devanagari' : BENGALI_LANGS.has(primary) ? 'bengali' : 'latin';
    scriptCache.set(lang, s);
  }
  return s;
}

/** Templates and articles have separate id spaces (as in packs). */
function docKey(kind: SearchKind, id: string): string {
  return `${kind}\u0000${id}`;
}

function langMatches(docLang: string, wanted: string): boolean {
  const l = docLang.toLowerCase();
  return l === wanted || l.startsWith(wanted + '-');
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function grow8(a: Uint8Array, min: number): Uint8Array {
  const next = new Uint8Array(Math.max(min, a.length * 2));
  next.set(a);
  return next;
}

function grow16(a: Uint16Array, min: number): Uint16Array {
  const next = new Uint16Array(Math.max(min, a.length * 2, 1024));
  next.set(a);
  return next;
}

/**
 * The `k` entries of `found` with the highest freq(term), in the order a stable sort would give them
 * (ties in insertion order). A short prefix has thousands of completions: this is one pass, not a sort.
 * (Exported for its unit test.)
 */
export function mostFrequent(found: Map<number, number>, freq: (t: number) => number, k: number): Array<[number, number]> {
  const top: Array<[number, number]> = [];
  const f: number[] = []; // freq of each entry of `top`
  for (const e of found) {
    const v = freq(e[0]);
    if (top.length === k && v <= f[k - 1]) continue;
    let i = top.length;
    while (i > 0 && f[i - 1] < v) i--;
    top.splice(i, 0, e);
    f.splice(i, 0, v);
    if (top.length > k) { top.pop(); f.pop(); }
  }
  return top;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// A min-heap on score, so the weakest of the best k is at the top.
function siftUp(h: Array<{ score: number }>, i: number): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[p].score <= h[i].score) return;
    [h[p], h[i]] = [h[i], h[p]];
    i = p;
  }
}

function siftDown(h: Array<{ score: number }>, i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && h[l].score < h[m].score) m = l;
    if (r < h.length && h[r].score < h[m].score) m = r;
    if (m === i) return;
    [h[m], h[i]] = [h[i], h[m]];
    i = m;
  }
}
