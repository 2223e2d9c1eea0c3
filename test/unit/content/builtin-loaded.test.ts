// The built-in pack through the real loader, filler and linter: what an agent actually gets on first install.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadPack } from '../../../src/core/packs';
import type { LoadedPack } from '../../../src/core/packs';
import { fillText } from '../../../src/core/placeholders/fill';
import { createLinter } from '../../../src/core/lint';

const PACK = path.resolve(__dirname, '../../../snippets');

/** Leftovers of a badly filled sentence: "Hi ,", "your order  is", "{{", "today, ." */
const BROKEN_FILL = /\{\{|\}\}|[^\S\n][,.!?।]|,\s*[,.!?।]|[^\S\n]{2,}/u;

const VALUES_BY_LANG: Record<string, Record<string, string>> = {
  en: { 'customer.name': 'Priya Sharma', 'customer.firstName': 'Priya' },
  hi: { 'customer.name': 'प्रिया शर्मा', 'customer.firstName': 'प्रिया' },
  bn: { 'customer.name': 'অনিন্দিতা সেন', 'customer.firstName': 'অনিন্দিতা' },
};
const STAFF = { 'agent.name': 'Rahul Das', 'agent.firstName': 'Rahul', 'company.name': 'Acme', 'ticket.id': '4312', 'order.id': 'A-1009', date: '3 March 2026', 'time.greeting': 'Good morning' };

describe('built-in pack through the loader, filler and linter', () => {
  let pack: LoadedPack;
  before(async () => {
    pack = await loadPack(PACK, 'builtin');
  });

  it('loads with zero problems and every item present', () => {
    assert.deepEqual(pack.problems, []);
    assert.equal(pack.manifest.id, 'kindly-builtin');
    for (const lang of ['en', 'hi', 'bn']) {
      assert.ok(pack.phrases.some((p) => p.lang === lang), `no ${lang} phrases loaded`);
      assert.ok(pack.templates.some((t) => t.lang === lang), `no ${lang} templates loaded`);
      assert.ok(pack.articles.some((a) => a.lang === lang), `no ${lang} articles loaded`);
    }
  });

  it('fills every greeting and closing cleanly when the customer name is unknown', () => {
    for (const phrase of pack.phrases) {
      const { text, missing } = fillText(phrase.text, STAFF);
      assert.deepEqual(missing.filter((f) => !f.startsWith('customer.')), [], `${phrase.id}: only the customer may be unknown`);
      assert.doesNotMatch(text, BROKEN_FILL, `${phrase.id} reads broken without a name: ${JSON.stringify(text)}`);
    }
  });

  it('greets and thanks the customer by name when it is known', () => {
    for (const phrase of pack.phrases) {
      const values = { ...STAFF, ...VALUES_BY_LANG[phrase.lang] };
      const { text, missing } = fillText(phrase.text, values);
      assert.deepEqual(missing, [], phrase.id);
      assert.doesNotMatch(text, BROKEN_FILL, `${phrase.id}: ${JSON.stringify(text)}`);
      assert.ok(text.includes(VALUES_BY_LANG[phrase.lang]['customer.firstName'].slice(0, 3)), `${phrase.id} does not use the name`);
      if (phrase.kind === 'greeting') assert.ok(text.includes('Acme'), `${phrase.id} does not name the business`);
    }
  });

  it('fills every template body without leftovers when only staff values are known', () => {
    for (const template of pack.templates) {
      const { text } = fillText(template.body, STAFF);
      assert.doesNotMatch(text, /\{\{|\}\}/, template.id);
    }
  });

  it("passes the pack's own negative-phrasing rules", function () {
    // Structural checks judge whole drafts (greeting, closing) and placeholder rules judge unfilled drafts;
    // the wording of each filled fragment is what must pass.
    const wordingRules = pack.rules.filter((r) => r.check === undefined && r.severity !== 'off'
      && r.category !== 'structure' && r.category !== 'placeholder');
    if (wordingRules.length === 0) this.skip();
    const linter = createLinter(wordingRules);
    const items = [
      ...pack.phrases.map((p) => ({ id: p.id, lang: p.lang, text: p.text })),
      ...pack.templates.map((t) => ({ id: t.id, lang: t.lang, text: t.body })),
      ...pack.articles.map((a) => ({ id: a.id, lang: a.lang, text: a.body })),
    ];
    const flagged = items.flatMap(({ id, lang, text }) => linter.lint(fillText(text, { ...STAFF, ...VALUES_BY_LANG[lang] }).text, { lang, companyName: 'Acme' })
      .filter((f) => f.severity === 'error' || f.severity === 'warning')
      .map((f) => `${id}: "${f.match}" (${f.ruleId})`));
    assert.deepEqual(flagged, []);
  });
});
