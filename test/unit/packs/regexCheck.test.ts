// The one rule-pattern safety check (src/core/regex/safety.ts), as the pack loader and the linter both use
// it. These cases merge the former pack check's and linter check's tests: every pattern either ever
// asserted is still asserted here, through both entry points, and the two callers must agree on all of them.
import assert from 'node:assert/strict';
import { checkRulePattern } from '../../../src/core/packs';
import { parseJsonItems, type ItemContext } from '../../../src/core/packs/itemFiles';
import { checkPatternSafety, createLinter, type LintRule } from '../../../src/core/lint';
import { BUILTIN_FIELDS } from '../../../src/core/placeholders/parse';

const verdict = (p: string) => checkRulePattern(p).join(' | ');

/** Patterns that look scary (or are merely ordinary) but are safe: they must load and run. */
const SAFE = [
  '\\bcalm down\\b', 'no(?:t|\\s+way)', '\\p{L}+', 'a{2,}', 'नहीं', 'পারব না', '(?:a|b)+', '\\u{1F600}', '[\\]a]+',
  '\\b(?:very\\s+)+sorry\\b', '(?:[a-z]+-)+[a-z]+', '(a+b)+', '(?:\\s+\\w+)+', '(?=x)x', '(?<name>abc)', '[^]',
  '(ab|cd)+x', '(\\s*,\\s*\\w+)+', '\\d+-\\d+', '(foo|bar)+', 'a+b+', '(a|b)*c', '^(\\w+\\s)+$', '(\\d{1,3}\\.){3}\\d{1,3}',
  'नहीं\\s+कर\\s+सकते', '\\{\\{[^}]*\\}\\}', '\\s*,\\s*\\w+', '\\w*!', '\\bकर\\b', 'a', '(?:\\s+\\w+)+z', '(?:a*b)(?:a*b)',
  '(?:🙄|😒)+', '\\b(?:company|our) policy\\b',
];
/** Exponential backtracking: nested or overlapping repetition. */
const EXPONENTIAL = [
  '(a+)+$', '(a*)*b', '(\\w+\\s?)+$', '(\\d+,?)+x', '((ab)+)+c', '(x+x+)+y', '(.*)*x', '(?:\\p{L}+\\s*)+!',
  '(a|a)*c', '(a|ab)*c', '(.*a){20}', '(a?){20}a{20}', '^(([a-z])+.)+[A-Z]([a-z])+$', '(\\w|_)+@', '(?:\\d+)*x', '(A|a)+b',
];
/** Polynomial backtracking: unbounded repetitions in a row over the same characters. */
const POLYNOMIAL = ['\\w*\\w*\\w*!', '.*.*=.*', '\\w+\\s*\\w+'];
const INVALID = ['(', '[', 'a{2,1}', '\\', '(?<=', 'a**', '(unclosed'];
const EMPTY = ['x*', 'a?', '\\b', '^', '$', 'a|', '(?:)', '(?=a)', '(?!a)', 'a{0}', '(?:a*)(?:b?)', '\\bx{0,3}\\b', '^(\\w+\\s)*$'];
const BACKREFERENCE = ['(a)\\1', '(?<w>a)\\k<w>', '(no)\\s+\\1'];
const LOOKBEHIND = ['(?<=a)b', '(?<!a)b', '(?<=not )possible'];
const ALL_PATTERNS = [...new Set([...SAFE, ...EXPONENTIAL, ...POLYNOMIAL, ...INVALID, ...EMPTY, ...BACKREFERENCE, ...LOOKBEHIND])];

describe('regex safety: the one check packs and the linter share', () => {
  it('accepts ordinary patterns, including Unicode and ones that merely look scary', () => {
    for (const p of SAFE) {
      assert.equal(verdict(p), '', p);
      assert.equal(checkPatternSafety(p), undefined, p);
    }
  });

  it('refuses invalid patterns with the engine\'s reason', () => {
    for (const p of INVALID) {
      assert.match(verdict(p), /^invalid regular expression: \S/, p);
      assert.match(checkPatternSafety(p) ?? '', /invalid/, p);
    }
    assert.equal(verdict('('), 'invalid regular expression: Unterminated group');
  });

  it('refuses patterns that can match empty text', () => {
    for (const p of EMPTY) assert.match(verdict(p), /empty text/, p);
  });

  it('refuses backreferences and lookbehind', () => {
    for (const p of BACKREFERENCE) assert.match(checkPatternSafety(p) ?? '', /backreferences/, p);
    for (const p of LOOKBEHIND) assert.match(checkPatternSafety(p) ?? '', /lookbehind/, p);
  });

  it('refuses nested or overlapping repetition that can backtrack exponentially, naming the part', () => {
    for (const p of EXPONENTIAL) assert.match(verdict(p), /exponential time/, p);
    assert.match(verdict('(a+)+$'), /^"\(a\+\)\+" repeats a part/);
    assert.match(verdict('(a|ab)*c'), /^"\(a\|ab\)\*" repeats alternatives/);
  });

  it('refuses adjacent overlapping repetitions (polynomial blow-up)', () => {
    for (const p of POLYNOMIAL) assert.match(checkPatternSafety(p) ?? '', /polynomial/, p);
  });

  it('refuses patterns that are too long, or too complex to check quickly', () => {
    assert.match(verdict('x'.repeat(2001)), /longer than 2000/);
    const ranges = '(?:' + Array.from({ length: 300 }, (_, i) => `[${String.fromCharCode(0x4e00 + i)}-${String.fromCharCode(0x4e00 + i)}]`).join('|') + ')+';
    const started = Date.now();
    assert.match(verdict(ranges), /too complex/);
    assert.ok(Date.now() - started < 2000);
  });

  it('the patterns it accepts really run fast on hostile text', () => {
    const hostile = 'a'.repeat(30) + '!' + ' very'.repeat(30) + 'x' + 'a-'.repeat(30) + '!';
    for (const p of SAFE) {
      const started = Date.now();
      new RegExp(p, 'giu').exec(hostile); // would hang for seconds if the check were wrong
      assert.ok(Date.now() - started < 500, p);
    }
  });

  it('the pack loader and the linter agree on every pattern', () => {
    const ctx: ItemContext = { packId: 'agree', file: '/p/rules/r.json', pathBelowKind: 'r.json', languages: ['en'], knownFields: new Set(BUILTIN_FIELDS) };
    const disagreements: string[] = [];
    for (const pattern of ALL_PATTERNS) {
      const rule = { id: 'r', category: 'rude', severity: 'warning', lang: 'en', pattern, message: 'm' };
      const parsed = parseJsonItems('rule', JSON.stringify({ rules: [rule] }), ctx);
      const packAccepts = parsed.entries.length === 1 && !parsed.problems.some((p) => p.path === 'rules[0].pattern');
      const linterAccepts = createLinter([{ ...rule, rewrites: [], examples: { flag: [], pass: [] } } as unknown as LintRule]).problems.length === 0;
      const expected = SAFE.includes(pattern);
      if (packAccepts !== expected || linterAccepts !== expected) disagreements.push(`${pattern}: pack ${packAccepts}, linter ${linterAccepts}, expected ${expected}`);
    }
    assert.deepEqual(disagreements, []);
  });
});
