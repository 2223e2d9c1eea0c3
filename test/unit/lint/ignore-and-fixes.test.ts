import assert from 'node:assert/strict';
import { applyAllFixes, applyEdit, applyFix } from '../../../src/core/lint';
import { builtinLinter } from './helpers';

const lint = (t: string, ctx = {}) => builtinLinter().lint(t, ctx);

describe('lint: ignore comments and settings', () => {
  it('disables the named rule (or category) between disable and enable', () => {
    const text = "<!-- kindly-disable refusal.cannot.en -->\nWe can't do that.\n<!-- kindly-enable -->\nWe can't do that.";
    const f = lint(text);
    assert.equal(f.length, 1);
    assert.ok(f[0].start > text.indexOf('kindly-enable'));
    assert.equal(lint("<!-- kindly-disable refusal -->We can't do that.").length, 0);
  });
  it('disables everything with no id, until the end when never enabled', () => {
    assert.deepEqual(lint("<!-- kindly-disable -->\nWe can't. Calm down."), []);
  });
  it('disables only the next line with disable-next-line', () => {
    const text = "<!-- kindly-disable-next-line -->\nWe can't do that.\nWe can't do that.";
    const f = lint(text);
    assert.equal(f.length, 1);
    assert.ok(f[0].start > text.lastIndexOf('\n'));
  });
  it('keeps other rules on when ids are given', () => {
    const f = lint("<!-- kindly-disable-next-line refusal.cannot.en -->\nUnfortunately we can't.");
    assert.deepEqual(f.map((x) => x.ruleId), ['negative.unfortunately.en']);
  });
  it('ignoring the rule the agent sees also hides other rules of its category merged into that finding', () => {
    const text = "Unfortunately we can't refund the order after 30 days.";
    // Two refusal rules match "we can't refund the"; only one finding is shown.
    const shown = lint(text).filter((f) => f.category === 'refusal');
    assert.deepEqual(shown.map((f) => f.ruleId), ['refusal.cannot.en']);
    const ignored = lint(`<!-- kindly-disable ${shown[0].ruleId} -->\n${text}`);
    assert.deepEqual(ignored.map((f) => f.ruleId), ['negative.unfortunately.en']);
    // A later refusal that the ignored rule does not cover is still flagged.
    const later = lint(`<!-- kindly-disable-next-line refusal.cannot.en -->\n${text}\nWe can't refund it.`);
    assert.deepEqual(later.map((f) => f.category).sort(), ['negative-word', 'refusal']);
    assert.ok(later.find((f) => f.category === 'refusal')!.start > text.length);
  });
  it('applies severity per rule over severity per category, and "off" removes findings', () => {
    const text = "Unfortunately we can't.";
    const f = lint(text, { categorySeverity: { refusal: 'error' }, severityOverrides: { 'negative.unfortunately.en': 'off' } });
    assert.deepEqual(f.map((x) => `${x.ruleId}:${x.severity}`), ['refusal.cannot.en:error']);
    const g = lint(text, { categorySeverity: { refusal: 'error' }, severityOverrides: { 'refusal.cannot.en': 'hint' } });
    assert.equal(g.find((x) => x.category === 'refusal')?.severity, 'hint');
  });
  it('runs only the draft language\'s rules when a language is given', () => {
    const text = "We can't. हम नहीं कर सकते।";
    assert.deepEqual(lint(text, { lang: 'hi' }).map((x) => x.category), ['refusal']);
    assert.equal(lint(text, { lang: 'hi' })[0].match, 'नहीं कर सकते');
    assert.equal(lint(text).length, 2);
  });
  it('never flags product names given in the context', () => {
    assert.deepEqual(lint('Try the No Way Back game.', { ignoreTerms: ['no way back'] }), []);
  });
});

describe('lint: fixes', () => {
  it('replaces exactly the flagged text, adapting the first letter to the sentence', () => {
    const text = "Hello Priya! We can't refund it, and we cannot wait.";
    const [f] = lint(text).filter((x) => x.category === 'refusal');
    const edit = applyFix(text, f, 0);
    assert.equal(applyEdit(text, edit), 'Hello Priya! Here is what I can do: refund it, and we cannot wait.');
    const mid = "I'm sorry, but we can't refund it.";
    const [g] = lint(mid).filter((x) => x.category === 'refusal');
    assert.equal(applyEdit(mid, applyFix(mid, g, 0)), "I'm sorry, but here is what I can do: refund it.");
  });
  it('deletes a word with its comma and re-capitalises the sentence', () => {
    const text = 'Thanks! Unfortunately, the jacket is sold out. 🧥';
    const [f] = lint(text);
    assert.equal(applyEdit(text, applyFix(text, f, 0)), 'Thanks! The jacket is sold out. 🧥');
  });
  it('keeps Devanagari and Bengali text around the edit intact', () => {
    const text = 'नमस्ते! हम यह नहीं कर सकते। धन्यवाद 🙏';
    const [f] = lint(text).filter((x) => x.category === 'refusal');
    const out = applyEdit(text, applyFix(text, f, 0));
    assert.ok(out.startsWith('नमस्ते! हम यह ') && out.endsWith('। धन्यवाद 🙏'), out);
    assert.ok(out.includes(f.rewrites[0]));
  });
  it('fills customer placeholders in rewrites from the context, and drops them when unknown', () => {
    const text = 'Hello there,\n\nThanks for contacting Acme.\n\nThank you, Priya!';
    const known = lint(text, { customerName: 'Priya Shah' }).find((x) => x.ruleId === 'structure.greeting-names-customer');
    assert.deepEqual(known?.rewrites, ['Hello Priya', 'Hi Priya']);
    const unknown = lint('Hello there,\n\nThanks for contacting Acme.\n\nThank you!').find((x) => x.ruleId === 'structure.greeting-names-customer');
    assert.deepEqual(unknown?.rewrites, []);
  });
  it('fixes all findings with rewrites in one pass, skipping overlaps', () => {
    const text = "Unfortunately, the item is gone. Obviously, it expired. We can't refund it.";
    const { text: out, fixed } = applyAllFixes(text, lint(text));
    assert.equal(fixed, 3);
    assert.equal(out, 'The item is gone. It expired. Here is what I can do: refund it.');
  });
  it('rejects a rewrite index the finding does not have', () => {
    const text = 'I will get back to you.';
    const [f] = lint(text);
    assert.throws(() => applyFix(text, f, 0), RangeError);
  });
});
