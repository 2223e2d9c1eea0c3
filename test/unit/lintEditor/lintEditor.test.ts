import * as assert from 'node:assert/strict';
import { applyEdit, createLinter, type Finding, type TextEdit } from '../../../src/core/lint';
import { countBySeverity, describeCounts, fixAllEdits, ignoreRuleEdit, listFindings, replyForSending, sendGate } from '../../../src/core/lintEditor';

function finding(text: string, match: string, rewrites: string[], severity: Finding['severity'] = 'warning', ruleId = 'r'): Finding {
  const start = text.indexOf(match);
  assert.ok(start >= 0, `${match} is in the text`);
  return { ruleId, category: 'refusal', severity, message: 'm', start, end: start + match.length, match, rewrites };
}

function applyAll(text: string, edits: TextEdit[]): string {
  let out = text;
  for (let k = edits.length - 1; k >= 0; k--) out = applyEdit(out, edits[k]);
  return out;
}

describe('lint editor: fix all', () => {
  it('replaces every flagged span with its first rewrite and leaves the rest alone', () => {
    const text = 'Hi Priya 😊,\nWe can’t do that. Unfortunately it is late.\n';
    const a = finding(text, 'We can’t', ['Here is what I can do:', 'x']);
    const b = finding(text, 'Unfortunately', ['']);
    const edits = fixAllEdits(text, [b, a]);
    assert.equal(edits.length, 2);
    assert.ok(edits[0].start < edits[1].start, 'edits are in document order');
    assert.equal(applyAll(text, edits), 'Hi Priya 😊,\nHere is what I can do: do that. It is late.\n');
  });

  it('skips findings without rewrites and overlapping ones', () => {
    const text = 'we cannot do it';
    const a = finding(text, 'we cannot', ['we can']);
    const b = { ...finding(text, 'cannot do', ['can do']) };
    const c = finding(text, 'it', []);
    const edits = fixAllEdits(text, [a, b, c]);
    assert.deepEqual(edits, [{ start: 0, end: 9, newText: 'we can' }]);
  });

  it('works with the real engine: the result has no findings the engine can fix', () => {
    const linter = createLinter([{
      id: 'refusal.test', category: 'refusal', severity: 'warning', lang: 'en', phrases: ["{we|i} can't"], message: 'Say what you can do.',
      rewrites: ['here is what I can do:'], examples: { flag: [], pass: [] },
    }]);
    const text = "We can't refund it. Sadly, we can't either.";
    const fixed = applyAll(text, fixAllEdits(text, linter.lint(text)));
    assert.equal(fixed, 'Here is what I can do: refund it. Sadly, here is what I can do: either.');
    assert.deepEqual(linter.lint(fixed), []);
  });
});

describe('lint editor: ignore a rule in this draft', () => {
  it('inserts the comment after the header, on its own line', () => {
    const text = '---\ncustomer: Priya\n---\nHello Priya\n';
    const edit = ignoreRuleEdit(text, 'refusal.cannot.en');
    assert.ok(edit);
    assert.equal(applyEdit(text, edit), '---\ncustomer: Priya\n---\n<!-- kindly-disable refusal.cannot.en -->\nHello Priya\n');
  });

  it('inserts at the very top without a header, keeping CRLF', () => {
    const text = 'Hello Priya\r\nBye\r\n';
    assert.equal(applyEdit(text, ignoreRuleEdit(text, 'a')!), '<!-- kindly-disable a -->\r\nHello Priya\r\nBye\r\n');
  });

  it('adds the id to an existing top comment, and does nothing when already ignored', () => {
    const text = '<!-- kindly-disable a -->\nHello\n';
    const once = applyEdit(text, ignoreRuleEdit(text, 'b')!);
    assert.equal(once, '<!-- kindly-disable a b -->\nHello\n');
    assert.equal(ignoreRuleEdit(once, 'a'), undefined);
    assert.equal(ignoreRuleEdit('<!-- kindly-disable -->\nHello', 'a'), undefined, 'a bare disable switches every rule off');
    const tight = '<!-- kindly-disable a-->\nx';
    assert.equal(applyEdit(tight, ignoreRuleEdit(tight, 'b')!), '<!-- kindly-disable a b -->\nx');
  });

  it('does not mistake a disable-next-line comment for a whole-draft one', () => {
    const text = '<!-- kindly-disable-next-line a -->\nHello\n';
    assert.equal(applyEdit(text, ignoreRuleEdit(text, 'a')!), '<!-- kindly-disable a -->\n' + text);
  });
});

describe('lint editor: the reply copied for sending', () => {
  it('drops the header and Kindly comments, keeps other text and Unicode', () => {
    const text = '---\ncustomer: প্রিয়া\nlang: bn\n---\n\n<!-- kindly-disable refusal -->\nনমস্কার প্রিয়া,\nসাহায্য করতে পেরে খুশি। <!-- kindly-disable-line rude --> 😊\n<!-- a note to self -->\n<!-- kindly-enable -->\nধন্যবাদ\n\n';
    assert.equal(replyForSending(text), 'নমস্কার প্রিয়া,\nসাহায্য করতে পেরে খুশি।  😊\n<!-- a note to self -->\nধন্যবাদ');
  });

  it('keeps a draft without header as it is, minus trailing whitespace', () => {
    assert.equal(replyForSending('Hi Priya,\r\nThanks!\r\n'), 'Hi Priya,\r\nThanks!');
    assert.equal(replyForSending('---\n\nnot a header'), '---\n\nnot a header');
  });
});

describe('lint editor: the pre-send gate and summaries', () => {
  const text = 'a b c d';
  const fs = [finding(text, 'a', [], 'error'), finding(text, 'b', [], 'warning'), finding(text, 'c', [], 'info'), finding(text, 'd', [], 'hint')];

  it('errors block; warnings are listed unless they block too', () => {
    const gate = sendGate(fs, false);
    assert.deepEqual(gate.blocking.map((f) => f.match), ['a']);
    assert.deepEqual(gate.listed.map((f) => f.match), ['b']);
    const strict = sendGate(fs, true);
    assert.deepEqual(strict.blocking.map((f) => f.match), ['a', 'b']);
    assert.deepEqual(strict.listed, []);
  });

  it('counts and describes', () => {
    assert.deepEqual(countBySeverity(fs), { error: 1, warning: 1, info: 1, hint: 1 });
    assert.equal(describeCounts(countBySeverity(fs)), '1 error, 1 warning, 1 info, 1 hint');
    assert.equal(describeCounts({ error: 0, warning: 2, info: 3, hint: 0 }), '2 warnings, 3 info');
    assert.equal(describeCounts(countBySeverity([])), 'no problems');
  });

  it('lists findings on one line each, capped', () => {
    const many = Array.from({ length: 7 }, () => fs[0]);
    const list = listFindings(many, 5).split('\n');
    assert.equal(list.length, 6);
    assert.equal(list[0], '“a” — m [r]');
    assert.equal(list[5], '… and 2 more');
  });
});

describe('lint editor: fix all after a deleted sentence opener', () => {
  it('capitalises the next finding’s rewrite instead of skipping it', () => {
    const text = 'Sorry. Unfortunately we can’t refund it.';
    const a = finding(text, 'Unfortunately', ['']);
    const b = finding(text, 'we can’t', ['here is what I can do:']);
    const edits = fixAllEdits(text, [a, b]);
    assert.equal(edits.length, 1);
    assert.equal(applyAll(text, edits), 'Sorry. Here is what I can do: refund it.');
  });
});
