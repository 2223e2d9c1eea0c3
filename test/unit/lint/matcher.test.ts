import assert from 'node:assert/strict';
import { PhraseTrie } from '../../../src/core/lint/matcher';
import { createLinter, type LintRule } from '../../../src/core/lint';

function hits(trie: PhraseTrie, text: string): string[] {
  const out: string[] = [];
  trie.scan(text, 0, text.length, (id, start, end) => out.push(`${trie.entries[id].payload}:${text.slice(start, end)}`));
  return out;
}

describe('lint: phrase trie', () => {
  it('finds every phrase of a large trie (its transition table grows) and nothing else', () => {
    const trie = new PhraseTrie();
    const word = (k: number) => `w${k.toString(36)}`;
    for (let k = 0; k < 3000; k++) trie.add(`${word(k)} ${word(k + 1)}`, k);
    const text = Array.from({ length: 3001 }, (_, k) => word(k)).join(' ');
    const found = hits(trie, text);
    assert.equal(found.length, 3000);
    assert.deepEqual(found.slice(0, 2), [`0:${word(0)} ${word(1)}`, `1:${word(1)} ${word(2)}`]);
    assert.deepEqual(hits(trie, `${word(0)} ${word(2)} wzzzz ${word(5)}`), []);
  });

  it('folds Indic text and Bengali classifiers on the fast path as on the exact one', () => {
    const trie = new PhraseTrie();
    trie.add('नहीं कर सकते', 1);
    trie.add('আপনার অভিযোগ', 2);
    trie.add("can't help", 3);
    // nukta/chandrabindu variants, a zero-width joiner, a classifier (অভিযোগটি), a curly apostrophe.
    assert.deepEqual(hits(trie, 'हम यह नही\u200d कर सकते। আপনার অভিযোগটি পেয়েছি। We can’t help.'),
      ['1:नही\u200d कर सकते', '2:আপনার অভিযোগটি', '3:can’t help']);
  });

  it('can be scanned again from inside its own callback', () => {
    const trie = new PhraseTrie();
    trie.add('we cannot', 1);
    const text = 'we cannot. we cannot.';
    const nested: string[][] = [];
    const outer = hits(trie, text);
    trie.scan(text, 0, text.length, () => nested.push(hits(trie, text)));
    assert.equal(outer.length, 2);
    assert.deepEqual(nested, [outer, outer]);
  });
});

describe('lint: linters over the same phrases', () => {
  const rule = (unless?: string[]): LintRule => ({
    id: 'refusal.test', category: 'refusal', severity: 'warning', lang: 'en', message: 'm', rewrites: [],
    phrases: ["we can't"], examples: { flag: [], pass: [] }, ...(unless ? { unless } : {}),
  });
  it('give the same findings, and `unless` lists are not mixed up between them', () => {
    const text = "We can't. We can't wait to help!";
    const plain = createLinter([rule()]).lint(text).map((f) => f.start);
    const again = createLinter([rule()]).lint(text).map((f) => f.start);
    const unless = createLinter([rule(["we can't wait"])]).lint(text).map((f) => f.start);
    assert.deepEqual(plain, [0, 10]);
    assert.deepEqual(again, plain);
    assert.deepEqual(unless, [0]);
  });
});
