// A dictionary of surface strings with the two lookups search-as-you-type needs besides exact match:
// prefix ranges (a lazily sorted array + binary search) and typo candidates (bigram counting per
// word length, verified with a bounded optimal-string-alignment distance). Surfaces are never
// removed; the index rebuilds the whole dictionary when it compacts.

export class Vocab {
  readonly surfaces: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Sorted surface ids for prefix search; `pending` holds ids added since the last sort. */
  private sorted: number[] = [];
  private sortedStr: string[] = [];
  private pending: number[] = [];
  /** `${length}:${bigram}` → surface ids of that length containing the (padded) bigram. */
  private readonly grams = new Map<string, number[]>();
  private counts = new Uint16Array(1024);

  get size(): number {
    return this.surfaces.length;
  }

  get(surface: string): number | undefined {
    return this.ids.get(surface);
  }

  /** Returns the id of `surface`, adding it when new. */
  intern(surface: string): number {
    let id = this.ids.get(surface);
    if (id !== undefined) return id;
    id = this.surfaces.length;
    this.surfaces.push(surface);
    this.ids.set(surface, id);
    this.pending.push(id);
    const len = surface.length;
    for (const g of bigrams(surface)) {
      const key = `${len}:${g}`;
      const list = this.grams.get(key);
      if (list) list.push(id);
      else this.grams.set(key, [id]);
    }
    return id;
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
    // Each edit destroys at most three padded bigrams (a swap of two letters), so a candidate must share this many.
    const threshold = Math.max(1, grams.length - 3 * maxEdits);
    if (this.counts.length < this.surfaces.length) this.counts = new Uint16Array(this.surfaces.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (let l = Math.max(1, len - maxEdits); l <= len + maxEdits; l++) {
      for (const g of grams) {
        const list = this.grams.get(`${l}:${g}`);
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const id = list[i];
          if (counts[id]++ === 0) touched.push(id);
        }
      }
    }
    const out: Array<[number, number]> = [];
    for (const id of touched) {
      if (counts[id] >= threshold) {
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

/** Bigrams of the word padded with start/end markers, so short words still have several. */
function bigrams(word: string): string[] {
  const padded = `\u0002${word}\u0003`;
  const out: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) out.push(padded.slice(i, i + 2));
  return out;
}

/**
 * Optimal string alignment distance (Levenshtein + adjacent swaps) of `a` and `b`, or `max + 1` as soon
 * as it must exceed `max`. Works on UTF-16 code units: Indic letters and marks are single units.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
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
