import assert from 'node:assert/strict';
import { checkRuleExamples, createLinter, validateRule } from '../../../src/core/lint';
import { runPattern } from '../../../src/core/lint/patterns';
import { requiredUnits } from '../../../src/core/regex/safety';
import type { LintRule } from '../../../src/core/lint';
import { builtinLinter, builtinRules } from './helpers';

const rule = (over: Partial<LintRule>): LintRule => ({
  id: 'test.rule', category: 'refusal', severity: 'warning', lang: 'en', message: 'm', rewrites: [],
  examples: { flag: [], pass: [] }, ...over,
}) as LintRule;

describe('lint: built-in rules', () => {
  it('every built-in rule behaves on its own examples', () => {
    const failures = builtinRules().flatMap((r) => checkRuleExamples(r));
    assert.deepEqual(failures, []);
  });
  it('covers every category in en, hi and bn (or "any")', () => {
    const cats = ['refusal', 'blame', 'dismissive', 'negative-word', 'overpromise', 'jargon-policy', 'rude', 'structure', 'placeholder'];
    for (const c of cats) {
      const langs = new Set(builtinRules().filter((r) => r.category === c).map((r) => r.lang));
      assert.ok(langs.has('any') || (langs.has('en') && langs.has('hi') && langs.has('bn')), `${c}: ${[...langs]}`);
    }
  });
  it('compiles without problems', () => {
    assert.deepEqual(builtinLinter().problems, []);
  });
  it('reports examples that misbehave', () => {
    const r = rule({ phrases: ['we cannot'], examples: { flag: ['we can'], pass: ['we cannot go'] } });
    const out = checkRuleExamples(r);
    assert.equal(out.length, 2);
    assert.match(out[0], /should be flagged/);
    assert.match(out[1], /should pass/);
  });
  it('expands {a|b|} shorthand and honours "unless" exceptions', () => {
    const l = createLinter([rule({ phrases: ['we {cannot|can\'t} help{ you|}'], unless: ['help you move'] })]);
    assert.deepEqual(l.lint("We can't help. we cannot help you. We cannot help you move.").map((f) => f.match), ["We can't help", 'we cannot help you']);
  });
  it('lets "*" stand for a few words of the same clause only', () => {
    const l = createLinter([rule({ phrases: ['you * should have checked'] })]);
    assert.equal(l.lint('you of all people should have checked').length, 1);
    assert.equal(l.lint('you. Someone should have checked').length, 0);
    assert.equal(l.lint('you one two three four five six seven should have checked').length, 0);
  });
  it('skips rules it cannot compile and says why', () => {
    const l = createLinter([rule({ id: 'bad.pattern', pattern: '(a+)+$' }), rule({ id: 'bad.check', check: 'no-such-check' }), rule({ id: 'ok', phrases: ['x y'] })]);
    assert.deepEqual(l.problems.map((p) => p.ruleId), ['bad.pattern', 'bad.check']);
    assert.equal(l.lint('x y').length, 1);
    assert.match(validateRule(rule({ phrases: ['{unbalanced'] }))[0], /unbalanced/);
  });
});

// The patterns themselves (safe, exponential, polynomial, invalid, empty, backreference, lookbehind) are
// tested in test/unit/packs/regexCheck.test.ts, through the one check the linter and the pack loader share.
describe('lint: running patterns', () => {
  it('skips a rule whose pattern the shared check refuses, with its reason', () => {
    const l = createLinter([rule({ id: 'p.empty', pattern: 'x*' }), rule({ id: 'p.nested', pattern: '(a+)+$' }), rule({ id: 'p.ok', pattern: '\\bx+\\b' })]);
    assert.deepEqual(l.problems.map((p) => p.ruleId), ['p.empty', 'p.nested']);
    assert.match(l.problems[0].message, /empty text/);
    assert.match(l.problems[1].message, /exponential/);
    assert.match(validateRule(rule({ pattern: '(?<=a)b' }))[0], /lookbehind/);
  });
  it('never loops on zero-length matches, and matches on Unicode word boundaries', () => {
    // The check refuses empty-matching patterns, but the runner must not depend on that.
    const matches: string[] = [];
    const text = 'abc xx y xxx';
    const run = runPattern({ regex: /x*/giu }, text, 0, text.length, 1000, (a, b) => matches.push(text.slice(a, b)));
    assert.equal(run.timedOut, false);
    assert.deepEqual(matches, ['xx', 'xxx']);
    const l = createLinter([rule({ id: 'p.word', pattern: '\\bकर\\b' })]);
    assert.equal(l.problems.length, 0);
    assert.deepEqual(l.lint('abc कर करना xx').map((x) => `${x.ruleId}:${x.match}`), ['p.word:कर']);
  });
  it('knows the caseless characters a pattern cannot match without, and skips paragraphs that have none', () => {
    assert.deepEqual(requiredUnits('(?:ugh|duh)\\s*\\?+|come on\\s*[!,]|🙄'), [0x3f, 0x20, 0xd83d]); // the space of "come on"
    const punct = (u: number) => u !== 0x20;
    assert.deepEqual(requiredUnits('(?:ugh|duh)\\s*\\?+|come on\\s*[!,]|🙄', punct), [0x3f, 0x21, 0x2c, 0xd83d]);
    assert.deepEqual(requiredUnits('(?:a\\?)+'), [0x3f]);
    // A letter (case folding reaches other letters), an optional part, a lookahead or one bare branch: no set.
    for (const p of ['k', 'a\\??', '(?=\\?)x', '\\?|a', '(?:a\\?)*b']) assert.equal(requiredUnits(p), undefined, p);
    const l = createLinter([rule({ id: 'p.ugh', pattern: '\\bugh\\s*!+' })]);
    const text = 'Ugh I know.\n\nugh!\n\nUGH !!\n\nugh, fine';
    assert.deepEqual(l.lint(text).map((f) => f.match), ['ugh!', 'UGH !!']);
  });
  it('stops a slow pattern after its time budget with a note', () => {
    let t = 0;
    const l = createLinter([rule({ id: 'p.slow', pattern: 'a' })], { ruleBudgetMs: 5, now: () => (t += 1) });
    const res = l.lintDetailed('a '.repeat(5000));
    assert.ok(res.findings.length < 5000);
    assert.match(res.notes.join(), /p\.slow.*stopped early/);
  });
  it('keeps a quadratic pattern on a 1 MB line bounded by running it in chunks', () => {
    const l = createLinter([rule({ id: 'p.quad', pattern: '\\w*!' })], { ruleBudgetMs: 100 });
    const res = l.lintDetailed('a'.repeat(1_000_000));
    assert.deepEqual(res.findings, []);
  });
});
