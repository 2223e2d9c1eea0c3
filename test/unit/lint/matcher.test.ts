import assert from 'node:assert/strict';
import { PhraseTrie, expandPhrase } from '../../../src/core/lint/matcher';
import { MARK_PLACEHOLDER, MARK_PUNCT, MARK_ZONE, NONWORD_MARKS, isWordAt, normalizeWords, tokenize } from '../../../src/core/lint/chars';
import { excludedRanges } from '../../../src/core/lint/zones';
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

  it('writes a leading clitic onto its usual hosts ("{is|\'s} off the table" flags "That\'s off the table")', () => {
    const forms = expandPhrase("{is|'s} off the table");
    assert.ok(forms.includes('is off the table'));
    assert.ok(forms.includes("that's off the table") && forms.includes("it's off the table"));
    assert.ok(!forms.some((f) => f.startsWith("'")), 'no form keeps a bare clitic, which could never match');
    assert.deepEqual(expandPhrase("{we|i} {will|'ll} fix it"), ['we will fix it', "we'll fix it", 'i will fix it', "i'll fix it"]);
    const linter = createLinter([{ id: 'r', category: 'refusal', severity: 'warning', lang: 'en', message: 'm', phrases: ["{is|'s} off the table"], rewrites: ['is not available'] } as LintRule]);
    assert.deepEqual(linter.lint("Sorry, that's off the table. A refund is off the table too.").map((f) => f.match), ["that's off the table", 'is off the table']);
  });

  it('never cuts the classifier off a demonstrative ("এইটা" is not "এই", "সেটা" is not "সে")', () => {
    assert.equal(normalizeWords('অভিযোগটি'), normalizeWords('অভিযোগ'));
    assert.notEqual(normalizeWords('এইটা'), normalizeWords('এই'));
    assert.notEqual(normalizeWords('সেটা'), normalizeWords('সে'));
    const trie = new PhraseTrie();
    trie.add('এইটা নিয়ম', 1);
    assert.deepEqual(hits(trie, 'এই নিয়ম সবার জন্য। এইটা নিয়ম।'), ['1:এইটা নিয়ম']);
  });

  it('folds ো and ৌ inline and cuts every Bengali classifier, composed or decomposed, as tokenize does', () => {
    const trie = new PhraseTrie();
    trie.add('নির্দেশনা দেখুন', 1);
    trie.add('কোনো সমস্যা', 2);
    trie.add('বই পড়ুন', 3);
    trie.add('মৌমাছি আছে', 4);
    const text = 'নির্দেশনাগুলো দেখুন, নির্দেশনাগুলি দেখুন, নির্দেশনাগুলে\u09be দেখুন। কোনো সমস্যা নেই, কোনোটা সমস্যা নয়। '
      + 'বইটা পড়ুন, বইটি পড়ুন। মৌমাছি আছে, মে\u09d7মাছি আছে।';
    // The exact path (tokenize) as the reference: every pair of words that folds to a phrase.
    const expected: string[] = [];
    for (const [payload, phrase] of [[1, 'নির্দেশনা দেখুন'], [2, 'কোনো সমস্যা'], [3, 'বই পড়ুন'], [4, 'মৌমাছি আছে']] as const) {
      const want = normalizeWords(phrase);
      const words = tokenize(text);
      for (let k = 0; k + 1 < words.length; k++) {
        if (`${words[k].norm} ${words[k + 1].norm}` === want) expected.push(`${payload}:${text.slice(words[k].start, words[k + 1].end)}`);
      }
    }
    const found = hits(trie, text);
    assert.deepEqual([...found].sort(), [...expected].sort());
    // গুলো/গুলি/টা/টি are cut; "কোনোটা" is কোনো + টা; ো written as ে + া matches ো.
    assert.equal(found.filter((f) => f.startsWith('1:')).length, 3);
    assert.ok(found.includes('2:কোনো সমস্যা'));
    assert.equal(found.filter((f) => f.startsWith('3:')).length, 2);
    assert.equal(found.filter((f) => f.startsWith('4:')).length, 2);
  });

  it('reports the zone and placeholder marks of the range it scanned, also for a quote mark glued to a word', () => {
    const trie = new PhraseTrie();
    trie.add('we cannot', 1);
    const marks = (text: string) => trie.scan(text, 0, text.length, () => {});
    assert.equal(marks('we cannot sorry'), 0);
    assert.equal(marks('we cannot, sorry.'), MARK_PUNCT);
    assert.equal(marks('we cannot 🙄'), MARK_PUNCT);
    assert.equal(marks('see "we cannot"'), MARK_ZONE);
    assert.equal(marks('x\u200d‘we cannot’'), MARK_ZONE);
    assert.equal(marks('Hi {{name}}'), MARK_PLACEHOLDER);
    assert.equal(marks('<b>'), MARK_ZONE | MARK_PLACEHOLDER);
    // Marked units are never word characters, so the scanner's non-word path sees every one of them.
    for (let c = 0; c < 65536; c++) if (NONWORD_MARKS[c]) assert.equal(isWordAt(String.fromCharCode(c), 0), false);
    // Without a marked unit, only a www. address is excluded.
    const www = 'visit www.shop.in today';
    assert.deepEqual(excludedRanges(www, 0, www.length, marks(www)), excludedRanges(www, 0, www.length));
    assert.equal(excludedRanges(www, 0, www.length, 0).length, 2);
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
