// Shape checks for the blind draft sets in test/fixtures/lint/{blind,blind2,blind3}/*.jsonl.
// Each was written without reading the rule pack, the linter or the other sets' drafts; these checks keep its
// labels well-formed so it can serve as an independent yardstick (see each set's README.md).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, LINT_SETS, parseSetFile, protectedRanges, readLines, SCRIPTS, type Item } from './labelSet';

const MIN_PER_CATEGORY = 4;
const MIN_CLEAN_SHARE = 0.4;
const MAX_CLEAN_SHARE = 0.6;

/** Each blind set: its folder, the letter of its ids (<lang>-bNNN …), its least size, and what it must include. */
const SETS = [
  { dir: 'blind', idLetter: 'b', minItems: { en: 140, hi: 100, bn: 100 }, emoji: true },
  { dir: 'blind2', idLetter: 'c', minItems: { en: 140, hi: 140, bn: 140 }, emoji: false },
  { dir: 'blind3', idLetter: 'd', minItems: { en: 110, hi: 110, bn: 110 }, emoji: false },
] as const;
const ALL_SETS = ['labelled', 'heldout', 'augment', ...SETS.map((s) => s.dir)];

for (const set of SETS) describe(`blind lint set (test/fixtures/lint/${set.dir})`, () => {
const OTHER_SETS = ALL_SETS.filter((d) => d !== set.dir).map((d) => path.join(LINT_SETS, d));
const LANGS = [
  { lang: 'en', minItems: set.minItems.en, ...SCRIPTS.en },
  { lang: 'hi', minItems: set.minItems.hi, ...SCRIPTS.hi },
  { lang: 'bn', minItems: set.minItems.bn, ...SCRIPTS.bn },
] as const;

const all = LANGS.map(({ lang }) => ({ lang, ...parseSetFile(set.dir, lang) }));
const allItems = () => all.flatMap((f) => f.items);

  it('every line parses as a well-formed item', () => {
    assert.deepEqual(all.flatMap((f) => f.errors), []);
  });

  it(`ids are unique and follow <lang>-${set.idLetter}NNN`, () => {
    const seen = new Set<string>();
    for (const { lang, items } of all) {
      for (const item of items) {
        assert.match(item.id, new RegExp(`^${lang}-${set.idLetter}\\d{3,}$`), `bad id ${item.id} in ${lang}.jsonl`);
        assert.ok(!seen.has(item.id), `duplicate id ${item.id}`);
        seen.add(item.id);
      }
    }
  });

  it('no draft appears twice, and none is a verbatim copy of a draft in another set', () => {
    const others = new Set<string>();
    for (const dir of OTHER_SETS) {
      for (const { lang } of LANGS) {
        const file = path.join(dir, `${lang}.jsonl`);
        if (!existsSync(file)) continue;
        for (const line of readLines(file)) if (line.trim() !== '') others.add((JSON.parse(line) as Item).text);
      }
    }
    const texts = new Set<string>();
    for (const item of allItems()) {
      assert.ok(!texts.has(item.text), `duplicate text in ${item.id}`);
      assert.ok(!others.has(item.text), `${item.id} repeats a draft from another lint set`);
      texts.add(item.text);
    }
  });

  it('uses only the nine categories', () => {
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
          assert.ok(start >= e || start + match.length <= s, `${item.id}: "${match}" overlaps "${other}"`);
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

  it('texts and matches are NFC', () => {
    for (const item of allItems()) {
      assert.equal(item.text, item.text.normalize('NFC'), `${item.id}: text is not NFC`);
      for (const { match } of item.expect) assert.equal(match, match.normalize('NFC'), `${item.id}: match is not NFC`);
    }
  });

  it(`includes the edge cases: CRLF line endings${set.emoji ? ', an emoji' : ''}, Bengali digits`, () => {
    const items = allItems();
    assert.ok(items.some((i) => i.text.includes('\r\n')), 'no CRLF item');
    if (set.emoji) assert.ok(items.some((i) => /\p{Extended_Pictographic}/u.test(i.text)), 'no emoji');
    assert.ok(items.some((i) => i.lang === 'bn' && /[০-৯]/u.test(i.text)), 'no Bengali digits');
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

      it(`has every category in at least ${MIN_PER_CATEGORY} items`, () => {
        for (const category of CATEGORIES) {
          const n = items().filter((i) => i.expect.some((e) => e.category === category)).length;
          assert.ok(n >= MIN_PER_CATEGORY, `${category}: ${n} items < ${MIN_PER_CATEGORY}`);
        }
      });

      it(`is ${MIN_CLEAN_SHARE * 100}–${MAX_CLEAN_SHARE * 100}% clean drafts`, () => {
        const share = items().filter((i) => i.expect.length === 0).length / items().length;
        assert.ok(share >= MIN_CLEAN_SHARE && share <= MAX_CLEAN_SHARE, `clean share ${share.toFixed(3)}`);
      });

      it('has hard negatives (noted "hard negative"), and they are all clean', () => {
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
