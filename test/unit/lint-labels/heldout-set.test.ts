// Shape checks for the second, held-out draft set in test/fixtures/lint/heldout/*.jsonl.
// The first set (../labelled) has been used to tune the linter; this one must stay an independent yardstick,
// so besides the label checks it asserts that no draft is copied from the first set.
import assert from 'node:assert/strict';
import path from 'node:path';
import { CATEGORIES, LINT_SETS, parseSetFile, protectedRanges, readLines, SCRIPTS, type Item } from './labelSet';

const FIRST_SET_DIR = path.join(LINT_SETS, 'labelled');

const LANGS = [
  { lang: 'en', minItems: 120, minPerCategory: 8, ...SCRIPTS.en },
  { lang: 'hi', minItems: 70, minPerCategory: 5, ...SCRIPTS.hi },
  { lang: 'bn', minItems: 70, minPerCategory: 5, ...SCRIPTS.bn },
] as const;

const all = LANGS.map(({ lang }) => ({ lang, ...parseSetFile('heldout', lang) }));
const allItems = () => all.flatMap((f) => f.items);

describe('held-out lint set (test/fixtures/lint/heldout)', () => {
  it('every line is a well-formed item', () => {
    assert.deepEqual(all.flatMap((f) => f.errors), []);
  });

  it('ids are unique and follow <lang>-hNNN, so they never collide with the first set', () => {
    const seen = new Set<string>();
    for (const { lang, items } of all) {
      for (const item of items) {
        assert.match(item.id, new RegExp(`^${lang}-h\\d{3,}$`), `bad id ${item.id} in ${lang}.jsonl`);
        assert.ok(!seen.has(item.id), `duplicate id ${item.id}`);
        seen.add(item.id);
      }
    }
  });

  it('no draft appears twice, and none is copied from the first (tuned-against) set', () => {
    const firstSet = new Set(
      LANGS.flatMap(({ lang }) => readLines(path.join(FIRST_SET_DIR, `${lang}.jsonl`)))
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as Item).text),
    );
    const texts = new Set<string>();
    for (const item of allItems()) {
      assert.ok(!texts.has(item.text), `duplicate text in ${item.id}`);
      assert.ok(!firstSet.has(item.text), `${item.id} repeats a draft from test/fixtures/lint/labelled`);
      texts.add(item.text);
    }
  });

  it('uses only the nine categories from the issue', () => {
    for (const item of allItems()) {
      for (const e of item.expect) {
        assert.ok((CATEGORIES as readonly string[]).includes(e.category), `${item.id}: unknown category "${e.category}"`);
      }
    }
  });

  it('every match is a trimmed substring occurring exactly once, and labels in one item never overlap', () => {
    for (const item of allItems()) {
      const spans: Array<[number, number, string]> = [];
      for (const { match } of item.expect) {
        assert.ok(match.length > 0 && match === match.trim(), `${item.id}: match "${match}" is empty or has outer whitespace`);
        const start = item.text.indexOf(match);
        assert.notEqual(start, -1, `${item.id}: match "${match}" not found in text`);
        assert.equal(item.text.indexOf(match, start + 1), -1, `${item.id}: match "${match}" occurs more than once`);
        for (const [s, e, other] of spans) {
          assert.ok(start >= e || start + match.length <= s, `${item.id}: "${match}" overlaps "${other}" (one label per phrase)`);
        }
        spans.push([start, start + match.length, match]);
      }
    }
  });

  it('no expected finding lies inside front matter, code, a quote, a URL or an e-mail address', () => {
    for (const item of allItems()) {
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
    for (const item of allItems()) {
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

      it('is roughly half clean drafts (40–60%)', () => {
        const share = items().filter((i) => i.expect.length === 0).length / items().length;
        assert.ok(share >= 0.4 && share <= 0.6, `clean share ${share.toFixed(3)}`);
      });

      it('includes hard negatives (noted "hard negative"), and they are all clean', () => {
        const hard = items().filter((i) => i.note?.startsWith('hard negative'));
        assert.ok(hard.length >= items().length * 0.2, `only ${hard.length} hard negatives`);
        for (const item of hard) assert.deepEqual(item.expect, [], `${item.id} is noted as a hard negative but expects findings`);
      });

      it('is written mostly in the language\'s script and never in the other Indic script', () => {
        const native = items().filter((i) => spec.script.test(i.text)).length;
        assert.ok(native >= items().length * 0.7, `only ${native}/${items().length} items use the expected script`);
        for (const item of items()) assert.ok(!spec.foreign.test(item.text), `${item.id} contains another Indic script`);
      });

      if (spec.lang !== 'en') {
        it('has romanised (Latin-script) drafts, both flagged and clean', () => {
          const latin = items().filter((i) => !spec.script.test(i.text));
          assert.ok(latin.filter((i) => i.expect.length > 0).length >= 8, 'too few flagged romanised drafts');
          assert.ok(latin.filter((i) => i.expect.length === 0).length >= 5, 'too few clean romanised drafts');
        });
      }
    });
  }
});
