import assert from 'node:assert/strict';
import { SpanBuffer, compareFindings, overlapsTagged, sortFindingTriples, sortTriplesByStart } from '../../../src/core/lint/spans';
import { overlapsAny, overlapsUnion, unionOf } from '../../../src/core/lint/zones';
import { PendingFindings, type RuleKeys } from '../../../src/core/lint/dedupe';

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s % n; };
}

const rank = Int32Array.from([2, 0, 1, 1]); // rules 2 and 3 share a rank (equal ids under localeCompare)

/** What the linter did before findings were flat: a stable sort of objects, push order kept on ties. */
function objectSort(triples: number[]): number[] {
  const items = Array.from({ length: triples.length / 3 }, (_, k) => ({ k, r: triples[3 * k], s: triples[3 * k + 1], e: triples[3 * k + 2] }));
  items.sort((a, b) => a.s - b.s || b.e - a.e || rank[a.r] - rank[b.r]);
  return items.flatMap((x) => [x.r, x.s, x.e]);
}

describe('lint: flat finding triples', () => {
  it('a span buffer grows and copies out exactly its triples', () => {
    const b = new SpanBuffer();
    for (let k = 0; k < 500; k++) b.push(k, 2 * k, 2 * k + 1);
    assert.equal(b.length, 500);
    const out = b.toArray();
    assert.equal(out.length, 1500);
    assert.deepEqual([...out.slice(3 * 499)], [499, 998, 999]);
    b.clear();
    assert.equal(b.length, 0);
    assert.equal(b.toArray().length, 0);
  });

  it('sorts like the stable object sort, small (insertion sort) and large (index sort), ties kept in order', () => {
    const rand = random(7);
    for (const n of [0, 1, 2, 5, 31, 32, 33, 200]) {
      for (let round = 0; round < 20; round++) {
        const triples: number[] = [];
        for (let k = 0; k < n; k++) { const s = rand(20); triples.push(rand(4), s, s + 1 + rand(4)); }
        const flat = Int32Array.from(triples);
        sortFindingTriples(flat, rank);
        assert.deepEqual([...flat], objectSort(triples), `n=${n}`);
      }
    }
  });

  it('sorts triples by start only, keeping triples that start together in their order', () => {
    const rand = random(3);
    for (const n of [0, 1, 4, 40]) {
      const triples: number[] = [];
      for (let k = 0; k < n; k++) { const s = rand(10); triples.push(k, s, s + rand(5)); } // the tag records the order
      const t = Int32Array.from([...triples, 99, 99, 99]); // a triple past n stays where it is
      sortTriplesByStart(t, n);
      const want = Array.from({ length: n }, (_, k) => triples.slice(3 * k, 3 * k + 3)).sort((a, b) => a[1] - b[1]).flat();
      assert.deepEqual([...t], [...want, 99, 99, 99]);
    }
  });

  it('inserts a finding after every finding it ties with', () => {
    const keys: RuleKeys = { rank, bucket: Int32Array.from([0, 1, 2, 3]), strength: Int32Array.from([-1, -1, -1, -1]), buckets: 4 };
    const p = new PendingFindings();
    p.push(1, 0, 5);
    p.push(2, 4, 8);
    p.push(2, 9, 10);
    p.insert(keys, 3, 4, 8, ['x']); // ties with the finding of rule 2 at 4–8 (same rank): after it
    p.insert(keys, 0, 4, 9); // longer: before both
    p.insert(keys, 1, 20, 21); // last
    assert.deepEqual(p.rule, [1, 0, 2, 3, 2, 1]);
    assert.deepEqual(p.start, [0, 4, 4, 4, 9, 20]);
    assert.deepEqual(p.templates, [undefined, undefined, undefined, ['x'], undefined, undefined]);
    for (let k = 1; k < p.length; k++) {
      assert.ok(compareFindings(rank, p.rule[k - 1], p.start[k - 1], p.end[k - 1], p.rule[k], p.start[k], p.end[k]) <= 0);
    }
  });
});

describe('lint: overlap lookups by binary search', () => {
  it('overlapsUnion over unionOf answers as overlapsAny does', () => {
    const rand = random(11);
    for (let round = 0; round < 300; round++) {
      const ranges: number[] = [];
      for (let k = rand(8); k > 0; k--) { const s = rand(60); ranges.push(s, s + 1 + rand(15)); }
      const union = unionOf(ranges);
      for (let k = 2; k < union.length; k += 2) assert.ok(union[k - 1] <= union[k], 'sorted and disjoint');
      for (let s = 0; s < 80; s++) {
        for (const len of [1, 2, 5, 20]) assert.equal(overlapsUnion(union, s, s + len), overlapsAny(ranges, s, s + len), `${ranges} ${s}+${len}`);
      }
    }
  });

  it('overlapsTagged finds an overlapping triple of the same tag, as a linear scan does', () => {
    const rand = random(5);
    for (let round = 0; round < 300; round++) {
      const triples: number[] = [];
      for (let k = rand(10); k > 0; k--) { const s = rand(50); triples.push(rand(3), s, s + 1 + rand(8)); }
      const t = Int32Array.from(triples);
      const n = t.length / 3;
      sortFindingTriples(t, Int32Array.from([0, 0, 0]));
      let maxLength = 1;
      for (let k = 0; k < n; k++) maxLength = Math.max(maxLength, t[3 * k + 2] - t[3 * k + 1]);
      for (let tag = 0; tag < 3; tag++) {
        for (let s = 0; s < 60; s++) {
          const e = s + 1 + (s % 4);
          let linear = false;
          for (let k = 0; k < n; k++) linear ||= t[3 * k] === tag && t[3 * k + 1] < e && s < t[3 * k + 2];
          assert.equal(overlapsTagged(t, n, maxLength, tag, s, e), linear);
        }
      }
    }
  });
});
