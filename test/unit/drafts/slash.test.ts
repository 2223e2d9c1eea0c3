import assert from 'node:assert/strict';
import { slashContext } from '../../../src/core/drafts/slash';

describe('slashContext', () => {
  const at = (line: string) => slashContext(line.replace('|', ''), line.indexOf('|'));

  it('finds a slash command at the start of a line, up to the cursor', () => {
    assert.deepEqual(at('/|'), { query: '', replaceStart: 0 });
    assert.deepEqual(at('/gree|'), { query: 'gree', replaceStart: 0 });
    assert.deepEqual(at('/gree|ting and more'), { query: 'gree', replaceStart: 0 });
    assert.deepEqual(at('    /refund-policy|'), { query: 'refund-policy', replaceStart: 4 });
    assert.deepEqual(at('\t/order2|'), { query: 'order2', replaceStart: 1 });
  });

  it('accepts Devanagari and Bengali words with their combining marks', () => {
    assert.deepEqual(at('/नमस्ते|'), { query: 'नमस्ते', replaceStart: 0 });
    assert.deepEqual(at('/ধন্যবাদ|'), { query: 'ধন্যবাদ', replaceStart: 0 });
    assert.deepEqual(at('/র\u200C্যাব|'), { query: 'র\u200C্যাব', replaceStart: 0 });
  });

  it('ignores slashes that are not at the start of a line, or words broken by other characters', () => {
    assert.equal(at('and/or|'), undefined);
    assert.equal(at('see /greet|'), undefined);
    assert.equal(at('/usr/bin|'), undefined);
    assert.equal(at('/greet |'), undefined);
    assert.equal(at('|/greet'), undefined);
    assert.equal(at('  |  /greet'), undefined);
    assert.equal(at('https://x|'), undefined);
    assert.equal(slashContext('/greet', 99), undefined);
  });
});
