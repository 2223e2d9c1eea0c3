import assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinLinter } from './helpers';

const pieces = fc.constantFrom("we can't", 'unfortunately', 'नहीं कर सकते', 'পারব না', '{{customer.name}}', 'Hi ,', '\n', '\r\n', '\n\n', '> ', '`', '```\n',
  '<!-- kindly-disable -->', '<!-- kindly-enable -->', '<!-- kindly-disable-next-line -->', '"', '“', '”', '👨‍👩‍👧', '\u200d', '\u0000', '\ud800', 'ँ', '़', 'http://x.y/z', 'a@b.co', '---\n', ' ', ', ', 'soon', 'immediately', 'I will');
const draft = fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 40 }).map((xs) => xs.join(''));

describe('lint: fuzz', () => {
  it('never throws and always returns valid ranges', () => {
    fc.assert(fc.property(draft, (text) => {
      const f = builtinLinter().lint(text, { customerName: 'Priya', companyName: 'Acme' });
      for (const x of f) {
        assert.ok(x.start >= 0 && x.start < x.end && x.end <= text.length, `${x.start}-${x.end} of ${text.length}`);
        assert.equal(text.slice(x.start, x.end), x.match);
      }
    }), { numRuns: 400 });
  });
  it('incremental re-lint after an edit equals a fresh lint', () => {
    fc.assert(fc.property(draft, draft, fc.nat(), (a, insert, at) => {
      const inc = builtinLinter().incremental();
      inc.lint(a);
      const pos = a.length ? at % a.length : 0;
      const b = a.slice(0, pos) + insert + a.slice(pos);
      assert.deepEqual(inc.lint(b), builtinLinter().lint(b));
    }), { numRuns: 200 });
  });
});

describe('lint: incremental', () => {
  it('re-uses unchanged blocks and finds the change in the edited one', () => {
    const para = 'Your order shipped today and the tracking link is in your inbox.\n\n';
    const base = para.repeat(200);
    const inc = builtinLinter().incremental();
    assert.deepEqual(inc.lint(base), []);
    const edited = base.slice(0, para.length * 100) + "We can't refund it.\n\n" + base.slice(para.length * 100);
    const f = inc.lint(edited);
    assert.equal(f.length, 1);
    assert.equal(edited.slice(f[0].start, f[0].end), "We can't");
  });
});
