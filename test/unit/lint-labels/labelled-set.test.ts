// Shape checks for the hand-labelled draft set in test/fixtures/lint/labelled/*.jsonl.
// The set is the yardstick for the linter's precision/recall, so a broken label (a `match` that is not in
// the text, a typo'd category, a label inside a quote or code span) would silently skew the numbers.
import assert from 'node:assert/strict';
import { CATEGORIES, parseSetFile, protectedRanges, SCRIPTS } from './labelSet';

const LANGS = [
  // minItems / minPerCategory come from the issue: ≥160 en, ≥80 hi and bn; each category ≥8 (en) / ≥5 (hi, bn).
  { lang: 'en', minItems: 160, minPerCategory: 8, ...SCRIPTS.en },
  { lang: 'hi', minItems: 80, minPerCategory: 5, ...SCRIPTS.hi },
  { lang: 'bn', minItems: 80, minPerCategory: 5, ...SCRIPTS.bn },
] as const;

const all = LANGS.map(({ lang }) => ({ lang, ...parseSetFile('labelled', lang) }));

describe('labelled lint set (test/fixtures/lint/labelled)', () => {
  it('every line is a well-formed item', () => {
    const errors = all.flatMap((f) => f.errors);
    assert.deepEqual(errors, []);
  });

  it('ids are unique across all files and follow <lang>-NNN', () => {
    const seen = new Map<string, string>();
    for (const { lang, items } of all) {
      for (const item of items) {
        assert.match(item.id, new RegExp(`^${lang}-\\d{3,}$`), `bad id ${item.id} in ${lang}.jsonl`);
        assert.ok(!seen.has(item.id), `duplicate id ${item.id}`);
        seen.set(item.id, lang);
      }
    }
  });

  it('no draft text appears twice', () => {
    const texts = new Set<string>();
    for (const item of all.flatMap((f) => f.items)) {
      assert.ok(!texts.has(item.text), `duplicate text in ${item.id}`);
      texts.add(item.text);
    }
  });

  it('categories are the nine from the issue and no label is repeated within an item', () => {
    for (const item of all.flatMap((f) => f.items)) {
      const keys = new Set<string>();
      for (const e of item.expect) {
        assert.ok((CATEGORIES as readonly string[]).includes(e.category), `${item.id}: unknown category "${e.category}"`);
        const key = `${e.category}\u0000${e.match}`;
        assert.ok(!keys.has(key), `${item.id}: duplicate label ${e.category} "${e.match}"`);
        keys.add(key);
      }
    }
  });

  it('every match is a trimmed, non-empty substring that occurs exactly once, so its span is unambiguous', () => {
    for (const item of all.flatMap((f) => f.items)) {
      for (const { match } of item.expect) {
        assert.ok(match.length > 0 && match === match.trim(), `${item.id}: match "${match}" is empty or has outer whitespace`);
        const first = item.text.indexOf(match);
        assert.notEqual(first, -1, `${item.id}: match "${match}" not found in text`);
        assert.equal(item.text.indexOf(match, first + 1), -1, `${item.id}: match "${match}" occurs more than once`);
      }
    }
  });

  it('no expected finding lies inside front matter, code, a quote, a URL or an e-mail address', () => {
    for (const item of all.flatMap((f) => f.items)) {
      const ranges = protectedRanges(item.text);
      for (const { match } of item.expect) {
        const start = item.text.indexOf(match);
        const end = start + match.length;
        const hit = ranges.find(([s, e]) => start < e && end > s);
        assert.equal(hit, undefined, `${item.id}: "${match}" overlaps protected text "${hit && item.text.slice(...hit)}"`);
      }
    }
  });

  it('text and matches are NFC', () => {
    for (const item of all.flatMap((f) => f.items)) {
      assert.equal(item.text, item.text.normalize('NFC'), `${item.id}: text is not NFC`);
      for (const { match } of item.expect) assert.equal(match, match.normalize('NFC'), `${item.id}: match is not NFC`);
    }
  });

  for (const spec of LANGS) {
    describe(`${spec.lang}.jsonl`, () => {
      const items = () => all.find((f) => f.lang === spec.lang)!.items;

      it('every item is tagged with the file language', () => {
        for (const item of items()) assert.equal(item.lang, spec.lang, `${item.id} has lang ${item.lang}`);
      });

      it(`has at least ${spec.minItems} items`, () => {
        assert.ok(items().length >= spec.minItems, `${items().length} < ${spec.minItems}`);
      });

      it(`covers every category in at least ${spec.minPerCategory} items`, () => {
        for (const category of CATEGORIES) {
          const n = items().filter((i) => i.expect.some((e) => e.category === category)).length;
          assert.ok(n >= spec.minPerCategory, `${category}: ${n} items < ${spec.minPerCategory}`);
        }
      });

      it('has between 35% and 55% clean drafts', () => {
        const share = items().filter((i) => i.expect.length === 0).length / items().length;
        assert.ok(share >= 0.35 && share <= 0.55, `clean share ${share.toFixed(3)}`);
      });

      it('includes hard negatives (noted "hard negative"), and they are all clean', () => {
        const hard = items().filter((i) => i.note?.startsWith('hard negative'));
        assert.ok(hard.length >= items().length * 0.15, `only ${hard.length} hard negatives`);
        for (const item of hard) assert.deepEqual(item.expect, [], `${item.id} is noted as a hard negative but expects findings`);
      });

      it('is written mostly in the language\'s script and never in the other Indic script', () => {
        const native = items().filter((i) => spec.script.test(i.text)).length;
        assert.ok(native >= items().length * 0.7, `only ${native}/${items().length} items use the expected script`);
        for (const item of items()) assert.ok(!spec.foreign.test(item.text), `${item.id} contains another Indic script`);
      });
    });
  }
});
