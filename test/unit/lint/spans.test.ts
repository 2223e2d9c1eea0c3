import assert from 'node:assert/strict';
import { SpanBuffer, compareFindings, sortFindingTriples } from '../../../src/core/lint/spans';
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
