// A dictionary of surface strings with the two lookups search-as-you-type needs besides exact match:
// prefix ranges (a lazily sorted array + binary search) and typo candidates (bigram counting per
// word length, verified with a bounded optimal-string-alignment distance). Surfaces are never
// removed; the index rebuilds the whole dictionary when it compacts.
//
// Exact lookup is an open-addressing hash table over UTF-16 code units rather than a Map<string>:
// indexing looks words up straight from a buffer of code units (see WordScanner in scan.ts), so the
// millions of word occurrences in a large corpus never become strings; only new words do.

/** FNV-1a step over one UTF-16 code unit; start from HASH_SEED. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}
export const HASH_SEED = 0x811c9dc5 | 0;

export class Vocab {
  readonly surfaces: string[] = [];
  /**
   * Linear-probing table of pairs [id + 1 (0 = empty), hash], so that one cache line answers most
   * probes; `hashes` keeps each surface's hash by id for rehashing.
   */
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(4096);
  private mask = 2047;
  /** Sorted surface ids for prefix search; `pending` holds ids added since the last sort. */
  private sorted: number[] = [];
  private sortedStr: string[] = [];
  private pending: number[] = [];
  /** Per word length: bigram (two code units, see bigrams()) → ids of the surfaces containing it. */
  private readonly grams: Array<Map<number, number[]> | undefined> = [];
  /** Per surface id: how many distinct bigrams it has (at most 255), for the typo filter. */
  private gramCount = new Uint8Array(1024);
  private counts = new Uint16Array(1024);

  get size(): number {
    return this.surfaces.length;
  }

  get(surface: string): number | undefined {
    const id = this.find(surface, hashOf(surface));
    return id < 0 ? undefined : id;
  }

  /** Returns the id of `surface`, adding it when new. */
  intern(surface: string): number {
    const h = hashOf(surface);
    const id = this.find(surface, h);
    return id >= 0 ? id : this.add(surface, h);
  }

  /** Id of the word spelt by `buf[0..len)` whose hash is `h` (see hashStep), or -1. */
  findCodes(buf: Uint16Array, len: number, h: number): number {
    const { slots, mask, surfaces } = this;
    for (let i = mix(h) & mask; ; i = (i + 1) & mask) {
      const v = slots[2 * i];
      if (v === 0) return -1;
      if (slots[2 * i + 1] !== h) continue;
      const s = surfaces[v - 1];
      if (s.length !== len) continue;
      let k = 0;
      while (k < len && s.charCodeAt(k) === buf[k]) k++;
      if (k === len) return v - 1;
    }
  }

  private find(surface: string, h: number): number {
    const { slots, mask, surfaces } = this;
    for (let i = mix(h) & mask; ; i = (i + 1) & mask) {
      const v = slots[2 * i];
      if (v === 0) return -1;
      if (slots[2 * i + 1] === h && surfaces[v - 1] === surface) return v - 1;
    }
  }

  /** Adds a surface known to be absent; `h` is its hash. */
  add(surface: string, h: number): number {
    const id = this.surfaces.length;
    this.surfaces.push(surface);
    if (id >= this.hashes.length) {
      const next = new Int32Array(this.hashes.length * 2);
      next.set(this.hashes);
      this.hashes = next;
    }
    this.hashes[id] = h;
    // Keep the table at most half full.
    if ((id + 1) * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    this.place(id);
    this.pending.push(id);
    const byGram = (this.grams[surface.length] ??= new Map());
    const own = new Set(bigrams(surface));
    if (id >= this.gramCount.length) {
      const next = new Uint8Array(this.gramCount.length * 2);
      next.set(this.gramCount);
      this.gramCount = next;
    }
    this.gramCount[id] = Math.min(255, own.size);
    for (const g of own) {
      const list = byGram.get(g);
      if (list) list.push(id);
      else byGram.set(g, [id]);
    }
    return id;
  }

  private place(id: number): void {
    const { slots, mask } = this;
    const h = this.hashes[id];
    let i = mix(h) & mask;
    while (slots[2 * i] !== 0) i = (i + 1) & mask;
    slots[2 * i] = id + 1;
    slots[2 * i + 1] = h;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let id = 0; id < this.surfaces.length - 1; id++) this.place(id);
  }

  /** Calls `visit(id)` for every surface that starts with `prefix` (in sorted order); stops when it returns false. */
  forEachWithPrefix(prefix: string, visit: (id: number) => boolean | void): void {
    this.settle();
    const strs = this.sortedStr;
    let lo = 0;
    let hi = strs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (strs[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < strs.length && strs[i].startsWith(prefix); i++) {
      if (visit(this.sorted[i]) === false) return;
    }
  }

  /**
   * Surfaces within `maxEdits` (insert, delete, substitute, swap adjacent) of `word`, as [id, distance],
   * excluding `word` itself.
   */
  fuzzy(word: string, maxEdits: number): Array<[number, number]> {
    const len = word.length;
    const grams = [...new Set(bigrams(word))];
    // Each edit destroys at most three padded bigrams (a swap of two letters), so a candidate must share
    // this many distinct bigrams with the word, and (the distance being symmetric) all but 3 × maxEdits
    // of its own. Long words of common syllables share a few with thousands of words.
    const threshold = Math.max(1, grams.length - 3 * maxEdits);
    const gramCount = this.gramCount;
    if (this.counts.length < this.surfaces.length) this.counts = new Uint16Array(this.surfaces.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (let l = Math.max(1, len - maxEdits); l <= len + maxEdits; l++) {
      const byGram = this.grams[l];
      if (!byGram) continue;
      for (const g of grams) {
        const list = byGram.get(g);
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const id = list[i];
          if (counts[id]++ === 0) touched.push(id);
        }
      }
    }
    const out: Array<[number, number]> = [];
    for (const id of touched) {
      if (counts[id] >= threshold && counts[id] + 3 * maxEdits >= gramCount[id]) {
        const s = this.surfaces[id];
        if (s !== word) {
          const d = boundedDistance(word, s, maxEdits);
          if (d <= maxEdits) out.push([id, d]);
        }
      }
      counts[id] = 0;
    }
    return out;
  }

  private settle(): void {
    if (this.pending.length === 0) return;
    const cmp = (a: number, b: number) => (this.surfaces[a] < this.surfaces[b] ? -1 : this.surfaces[a] > this.surfaces[b] ? 1 : 0);
    if (this.pending.length > 256 || this.pending.length * 64 > this.sorted.length) {
      this.sorted.push(...this.pending);
      this.sorted.sort(cmp);
    } else {
      // A few new words (an item edited in a pack): binary insertion keeps the rest sorted.
      for (const id of this.pending) {
        const s = this.surfaces[id];
        let lo = 0;
        let hi = this.sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (this.surfaces[this.sorted[mid]] < s) lo = mid + 1;
          else hi = mid;
        }
        this.sorted.splice(lo, 0, id);
      }
    }
    this.pending = [];
    this.sortedStr = this.sorted.map((id) => this.surfaces[id]);
  }
}

export function hashOf(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** Spreads FNV's weak low bits before masking to a table index. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * Bigrams of the word padded with start/end markers (so short words still have several), each as the
 * two code units in one int32.
 */
function bigrams(word: string): number[] {
  const out: number[] = [];
  let prev = 2;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out.push((prev << 16) | c);
    prev = c;
  }
  out.push((prev << 16) | 3);
  return out;
}

// Three rows of the distance matrix, reused: typo lookups verify thousands of candidates per word.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal string alignment distance (Levenshtein + adjacent swaps) of `a` and `b`, or `max + 1` as soon
 * as it must exceed `max`. Works on UTF-16 code units: Indic letters and marks are single units.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (rowA.length <= lb) {
    rowA = new Int32Array(lb * 2 + 2);
    rowB = new Int32Array(lb * 2 + 2);
    rowC = new Int32Array(lb * 2 + 2);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  prev2.fill(0, 0, lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}
