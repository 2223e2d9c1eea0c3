import assert from 'node:assert/strict';
import { checkPatternSafety, checkRuleExamples, createLinter, validateRule } from '../../../src/core/lint';
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

describe('lint: pattern safety', () => {
  const catastrophic = ['(a+)+$', '(a*)*b', '(a|a)*c', '(a|ab)*c', '(\\w+\\s?)+$', '(.*a){20}', '(a?){20}a{20}', '^(([a-z])+.)+[A-Z]([a-z])+$', '(x+x+)+y', '(\\w|_)+@', '(?:\\d+)*x'];
  const scaryButSafe = ['(ab|cd)+x', '(\\s*,\\s*\\w+)+', '\\d+-\\d+', '(foo|bar)+', 'a+b+', '(a|b)*c', '^(\\w+\\s)*$', '(\\d{1,3}\\.){3}\\d{1,3}', '(a+b)+', 'नहीं\\s+कर\\s+सकते', '\\{\\{[^}]*\\}\\}'];
  for (const p of catastrophic) it(`rejects ${p}`, () => assert.match(checkPatternSafety(p) ?? '', /exponential|polynomial/));
  for (const p of scaryButSafe) it(`accepts ${p}`, () => assert.equal(checkPatternSafety(p), undefined));
  it('rejects invalid patterns, backreferences and lookbehind with a reason', () => {
    assert.match(checkPatternSafety('(') ?? '', /invalid/);
    assert.match(checkPatternSafety('(a)\\1') ?? '', /backreference/);
    assert.match(checkPatternSafety('(?<=a)b') ?? '', /lookbehind/);
  });
  it('never loops on zero-length matches, and matches on Unicode word boundaries', () => {
    const l = createLinter([rule({ id: 'p.empty', pattern: 'x*' }), rule({ id: 'p.word', pattern: '\\bकर\\b' })]);
    assert.equal(l.problems.length, 0);
    const f = l.lint('abc कर करना xx');
    assert.deepEqual(f.map((x) => `${x.ruleId}:${x.match}`), ['p.word:कर', 'p.empty:xx']);
  });
  it('stops a slow pattern after its time budget with a note', () => {
    let t = 0;
    const l = createLinter([rule({ id: 'p.slow', pattern: 'a' })], { ruleBudgetMs: 5, now: () => (t += 1) });
    const res = l.lintDetailed('a '.repeat(5000));
    assert.ok(res.findings.length < 5000);
    assert.match(res.notes.join(), /p\.slow.*stopped early/);
  });
  it('rejects adjacent overlapping repetitions (polynomial blow-up)', () => {
    assert.match(checkPatternSafety('\\w*\\w*\\w*!') ?? '', /polynomial/);
    assert.match(checkPatternSafety('.*.*=.*') ?? '', /polynomial/);
    assert.equal(checkPatternSafety('\\s*,\\s*\\w+'), undefined);
  });
  it('keeps a quadratic pattern on a 1 MB line bounded by running it in chunks', () => {
    const l = createLinter([rule({ id: 'p.quad', pattern: '\\w*!' })], { ruleBudgetMs: 100 });
    const res = l.lintDetailed('a'.repeat(1_000_000));
    assert.deepEqual(res.findings, []);
  });
});
