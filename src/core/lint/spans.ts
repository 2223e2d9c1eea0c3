// Hits and findings as flat [tag, start, end] triples in one growable Int32Array. A long draft has tens of
// thousands of them, and with an object per hit the linter spent about as long allocating and collecting
// them as matching.

export class SpanBuffer {
  /** Triple k is data[3k] (tag: a rule index or vocabulary kind), data[3k + 1] (start), data[3k + 2] (end). */
  data = new Int32Array(3 * 64);
  /** Number of triples. */
  length = 0;

  push(tag: number, start: number, end: number): void {
    let at = 3 * this.length;
    if (at + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    d[at++] = tag;
    d[at++] = start;
    d[at] = end;
    this.length++;
  }

  clear(): void {
    this.length = 0;
  }

  /** The triples, in an array of their own (exactly sized). */
  toArray(): Int32Array {
    // A plain loop: TypedArray#slice costs more than the copy itself for the few triples of a paragraph.
    const n = 3 * this.length;
    const out = new Int32Array(n);
    const d = this.data;
    for (let k = 0; k < n; k++) out[k] = d[k];
    return out;
  }
}

/**
 * Order of two findings as they are reported: by start, then the longer first, then by the rule's rank (its
 * id's position in `localeCompare` order). 0 for findings that tie; callers keep those in their given order.
 */
export function compareFindings(rank: Int32Array, ra: number, sa: number, ea: number, rb: number, sb: number, eb: number): number {
  return sa - sb || eb - ea || rank[ra] - rank[rb];
}

/**
 * Does a triple of `tag` in the first `n` triples of `t` (sorted by start, none longer than `maxLength`)
 * overlap [start, end)? Only triples starting less than `maxLength` before `start` can, found by binary search.
 */
export function overlapsTagged(t: Int32Array, n: number, maxLength: number, tag: number, start: number, end: number): boolean {
  let lo = 0;
  let hi = n;
  const from = start - maxLength + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[3 * mid + 1] < from) lo = mid + 1; else hi = mid;
  }
  for (let k = lo; k < n && t[3 * k + 1] < end; k++) if (t[3 * k] === tag && start < t[3 * k + 2]) return true;
  return false;
}

/** Sorts the first `n` triples of `t` by start, keeping the order of triples that start together. */
export function sortTriplesByStart(t: Int32Array, n: number): void {
  let sorted = true;
  for (let k = 1; k < n && sorted; k++) sorted = t[3 * k - 2] <= t[3 * k + 1];
  if (sorted) return;
  const order = Array.from({ length: n }, (_, k) => k);
  order.sort((a, b) => t[3 * a + 1] - t[3 * b + 1]);
  const copy = t.slice(0, 3 * n);
  order.forEach((from, to) => { t[3 * to] = copy[3 * from]; t[3 * to + 1] = copy[3 * from + 1]; t[3 * to + 2] = copy[3 * from + 2]; });
}

/** Above this many triples an index sort beats insertion sort (a paragraph has a handful of findings). */
const INSERTION_SORT_MAX = 32;

/**
 * Sorts the first `n` [rule, start, end] triples of `t` in place by `compareFindings`, keeping ties in their
 * order (as the stable `Array.prototype.sort` would).
 */
export function sortFindingTriples(t: Int32Array, rank: Int32Array, n = t.length / 3): void {
  let sorted = true;
  for (let k = 1; k < n && sorted; k++) {
    sorted = compareFindings(rank, t[3 * k - 3], t[3 * k - 2], t[3 * k - 1], t[3 * k], t[3 * k + 1], t[3 * k + 2]) <= 0;
  }
  if (sorted) return;
  if (n <= INSERTION_SORT_MAX) {
    for (let k = 1; k < n; k++) {
      const r = t[3 * k], s = t[3 * k + 1], e = t[3 * k + 2];
      let j = k - 1;
      for (; j >= 0 && compareFindings(rank, t[3 * j], t[3 * j + 1], t[3 * j + 2], r, s, e) > 0; j--) {
        t[3 * j + 3] = t[3 * j]; t[3 * j + 4] = t[3 * j + 1]; t[3 * j + 5] = t[3 * j + 2];
      }
      t[3 * j + 3] = r; t[3 * j + 4] = s; t[3 * j + 5] = e;
    }
    return;
  }
  const order = Array.from({ length: n }, (_, k) => k);
  order.sort((a, b) => compareFindings(rank, t[3 * a], t[3 * a + 1], t[3 * a + 2], t[3 * b], t[3 * b + 1], t[3 * b + 2]));
  const copy = t.slice(0, 3 * n);
  order.forEach((from, to) => { t[3 * to] = copy[3 * from]; t[3 * to + 1] = copy[3 * from + 1]; t[3 * to + 2] = copy[3 * from + 2]; });
}
