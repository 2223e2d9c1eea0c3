import * as assert from 'node:assert/strict';
import { builtinIndex, readLabelled, scoreQuery, summarise } from '../../../bench/search-relevance';
import type { SearchIndex } from '../../../src/core/search/index';

// Regression floor on the labelled set (test/fixtures/search/relevance.jsonl) over the built-in pack.
// Measured when written: nDCG@10 0.925, success@1 0.703 (138 queries); the floors leave 0.03 of room.
const FLOOR = { ndcg10: 0.895, success1: 0.67, perLanguageNdcg10: 0.85 };

describe('search relevance on the labelled set', function () {
  this.timeout(30000);
  let index: SearchIndex;
  before(async () => {
    index = await builtinIndex();
  });

  it('has at least 120 labelled queries in three languages, whose ids all exist in the built-in pack', () => {
    const queries = readLabelled();
    assert.ok(queries.length >= 120, `${queries.length} queries`);
    assert.deepEqual(new Set(queries.map((q) => q.lang)), new Set(['en', 'hi', 'bn']));
    const missing = queries.flatMap((q) => q.relevant).filter((id) => !index.has(id));
    assert.deepEqual([...new Set(missing)], []);
  });

  it(`keeps nDCG@10 ≥ ${FLOOR.ndcg10} and success@1 ≥ ${FLOOR.success1} overall`, () => {
    const s = summarise(readLabelled().map((q) => scoreQuery(index, q)));
    assert.ok(s.ndcg10 >= FLOOR.ndcg10, `nDCG@10 ${s.ndcg10.toFixed(3)}`);
    assert.ok(s.success1 >= FLOOR.success1, `success@1 ${s.success1.toFixed(3)}`);
  });

  for (const lang of ['en', 'hi', 'bn']) {
    it(`keeps nDCG@10 ≥ ${FLOOR.perLanguageNdcg10} for ${lang} queries`, () => {
      const s = summarise(readLabelled().filter((q) => q.lang === lang).map((q) => scoreQuery(index, q)));
      assert.ok(s.ndcg10 >= FLOOR.perLanguageNdcg10, `${lang}: nDCG@10 ${s.ndcg10.toFixed(3)}`);
    });
  }
});
