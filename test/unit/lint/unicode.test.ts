import assert from 'node:assert/strict';
import { lineIndex, normalizeWords } from '../../../src/core/lint';
import { builtinLinter } from './helpers';

const lint = (t: string) => builtinLinter().lint(t);

describe('lint: Unicode boundaries and offsets', () => {
  it('reports UTF-16 offsets into the original text after emoji and ZWJ sequences', () => {
    const text = 'Order 👨‍👩‍👧 ok! 🎉 Unfortunately, we cannot help.';
    const f = lint(text);
    for (const x of f) assert.equal(text.slice(x.start, x.end), x.match);
    assert.deepEqual(f.map((x) => x.match), ['Unfortunately', 'we cannot']);
  });
  it('does not match inside longer Devanagari or Bengali words (combining marks are word characters)', () => {
    // "पारब" is not "পারব"; "अफसोसजनक" contains अफसोस but is another word.
    assert.deepEqual(lint('यह अफसोसजनक है।').filter((x) => x.category === 'negative-word'), []);
    assert.deepEqual(lint('আমরা পারবনাহয়তো').filter((x) => x.category === 'refusal'), []);
  });
  it('matches through nukta, chandrabindu/anusvara and ZWJ/ZWNJ spelling variants, reporting original ranges', () => {
    const variants = ['हम यह नहीं कर सकते।', 'हम यह नही कर सकते।', 'हम यह नहीँ कर सकते।', 'हम यह न\u200dहीं कर सकते।'];
    for (const text of variants) {
      const f = lint(text).find((x) => x.category === 'refusal');
      assert.ok(f, text);
      assert.equal(text.slice(f.start, f.end), f.match);
      assert.ok(f.match.startsWith('न') && f.match.endsWith('सकते'), f.match);
    }
    assert.equal(normalizeWords('ग़लती'), normalizeWords('गलती'));
    assert.equal(normalizeWords('আপনার অভিযোগটি'), normalizeWords('আপনার অভিযোগ'));
  });
  it('treats decomposed Bengali vowel signs like composed ones', () => {
    const composed = 'শান্ত হোন।';
    const decomposed = 'শান্ত হ\u09c7\u09be' + 'ন।';
    assert.equal(lint(composed).length, 1);
    assert.equal(lint(decomposed).length, 1);
    assert.equal(lint(decomposed)[0].match, 'শান্ত হ\u09c7\u09beন');
  });
  it('matches curly apostrophes and keeps CRLF offsets exact', () => {
    const text = 'Hi Priya, thanks for contacting Acme.\r\n\r\nWe can’t refund it.\r\nThank you, Priya!';
    const f = lint(text);
    assert.deepEqual(f.map((x) => x.match), ['We can’t']);
    const pos = lineIndex(text).position(f[0].start);
    assert.deepEqual(pos, { line: 3, column: 1 });
  });
  it('lineIndex counts UTF-16 columns, 1-based, for LF, CRLF and CR', () => {
    const idx = lineIndex('a😀b\r\ncd\re\nf');
    assert.deepEqual(idx.position(3), { line: 1, column: 4 });
    assert.deepEqual(idx.position(6), { line: 2, column: 1 });
    assert.deepEqual(idx.position(9), { line: 3, column: 1 });
    assert.deepEqual(idx.position(11), { line: 4, column: 1 });
    assert.equal(idx.offset({ line: 2, column: 2 }), 7);
  });
  it('survives NUL characters, unpaired surrogates and RTL text', () => {
    const text = 'we \u0000cannot\ud800 help \u202eunfortunately\u202c שלום we cannot help';
    const f = lint(text);
    for (const x of f) assert.equal(text.slice(x.start, x.end), x.match);
    assert.ok(f.some((x) => x.match === 'unfortunately'));
    assert.ok(f.some((x) => x.match === 'we cannot'));
  });
});
