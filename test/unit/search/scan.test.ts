import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { WordScanner } from '../../../src/core/search/scan';
import { tokenize, words } from '../../../src/core/search/text';
import { Vocab, boundedDistance } from '../../../src/core/search/vocab';

// The indexing fast paths must split and normalise exactly like the reference functions: the index
// and the query meet only through identical words.
const PIECES = [
  'a', 'Z', 'q', '7', ' ', '  ', '\n', '\t', "'", '\u2019', '-', '.', ',', '!', '{{', '}}', '#', '*', '[', ']', '(', ')',
  'Refund', "don't", 'CAFÉ', 'cafe\u0301', 'naïve', 'ऑर्डर', 'क\u093c', 'हाँ', '।', 'রিফান্ড', 'চাঁদ', 'ৎ', 'ড়', '\u200c', '\u200d',
  '\u00ad', '\ufeff', '५', '৫', '😀', '𝐀', 'İ', 'ß', 'Ω', '中文',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('search indexing fast paths', () => {
  it('WordScanner finds the same words as words(), in any script and with any punctuation (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const vocab = new Vocab();
        const scanner = new WordScanner();
        for (const t of texts) {
          const ids = scanner.scan(t, vocab);
          assert.deepEqual(ids.map((id) => vocab.surfaces[id]), words(t), JSON.stringify(t));
        }
        // Every distinct word got one id, and looking it up by string finds the same id.
        assert.equal(new Set(vocab.surfaces).size, vocab.size);
        vocab.surfaces.forEach((s, id) => assert.equal(vocab.get(s), id));
      }),
      { numRuns: 300 },
    );
  });

  it('Vocab keeps ids stable while its table grows', () => {
    const vocab = new Vocab();
    const ws = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    ws.forEach((w, i) => assert.equal(vocab.intern(w), i));
    ws.forEach((w, i) => assert.equal(vocab.get(w), i));
    assert.equal(vocab.get('absent'), undefined);
    assert.equal(vocab.intern('w0'), 0);
  });

  it('Vocab.fuzzy finds exactly the words a full scan with the distance finds (property)', () => {
    // Few letters, repeated syllables: many words share bigrams (the case the bigram filters are for).
    const word = fc.array(fc.constantFrom('a', 'b', 'n', 'ab', 'ban', 'na', 'कि', 'ক'), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 60 }), word, fc.integer({ min: 1, max: 3 }), (dictionary, query, edits) => {
        const vocab = new Vocab();
        for (const w of dictionary) vocab.intern(w);
        // Candidates come from shared bigrams (with start/end markers): "x" is no typo of "a".
        const grams = (w: string) => new Set([...`\u0002${w}\u0003`].slice(1).map((c, i) => `\u0002${w}`[i] + c));
        const sharesGram = (w: string) => [...grams(w)].some((g) => grams(query).has(g));
        const expected = dictionary
          .map((w, id) => [id, boundedDistance(query, w, edits)] as [number, number])
          .filter(([id, d]) => d <= edits && dictionary[id] !== query && sharesGram(dictionary[id]));
        const sortById = (pairs: Array<[number, number]>) => [...pairs].sort((a, b) => a[0] - b[0]);
        assert.deepEqual(sortById(vocab.fuzzy(query, edits)), expected, `${query} ~${edits} in ${dictionary.join(' ')}`);
      }),
      { numRuns: 500 },
    );
  });

  it('tokenize() of ASCII text gives the same tokens and offsets as the general path (property)', () => {
    const ascii = fc.array(fc.constantFrom('a', 'B', '9', ' ', "'", '-', '.', "It's", "o'", 'x\ny', '{{x}}'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(ascii, (t) => {
        // A trailing Devanagari word after a space sends the text down the general (regex) path.
        const general = tokenize(`${t} \u0905`).slice(0, -1);
        assert.deepEqual(tokenize(t), general, JSON.stringify(t));
      }),
      { numRuns: 300 },
    );
  });
});
