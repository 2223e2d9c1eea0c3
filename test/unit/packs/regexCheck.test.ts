import assert from 'node:assert/strict';
import { checkRulePattern } from '../../../src/core/packs';

const verdict = (p: string) => checkRulePattern(p).join(' | ');

describe('packs: rule pattern checks', () => {
  it('accepts ordinary patterns, including Unicode and ones that merely look scary', () => {
    for (const p of [
      '\\bcalm down\\b', 'no(?:t|\\s+way)', '\\p{L}+', 'a{2,}', 'नहीं', 'পারব না', '(?:a|b)+', '\\u{1F600}', '[\\]a]+',
      '\\b(?:very\\s+)+sorry\\b', '(?:[a-z]+-)+[a-z]+', '(a+b)+', '(?:\\s+\\w+)+', '(?=x)x', '(?<name>abc)', '[^]',
    ]) {
      assert.equal(verdict(p), '', p);
    }
  });

  it('refuses invalid patterns with the engine\'s reason', () => {
    for (const p of ['(', '[', 'a{2,1}', '\\', '(?<=', 'a**']) assert.match(verdict(p), /^invalid regular expression: \S/, p);
  });

  it('refuses patterns that can match empty text', () => {
    for (const p of ['x*', 'a?', '\\b', '^', '$', 'a|', '(?:)', '(?=a)', '(?!a)', 'a{0}', '(?:a*)(?:b?)', '\\bx{0,3}\\b']) {
      assert.match(verdict(p), /empty text/, p);
    }
  });

  it('refuses backreferences and lookbehind', () => {
    assert.match(verdict('(a)\\1'), /backreferences/);
    assert.match(verdict('(?<w>a)\\k<w>'), /backreferences/);
    assert.match(verdict('(?<=a)b'), /lookbehind/);
    assert.match(verdict('(?<!a)b'), /lookbehind/);
  });

  it('refuses nested repetition that can backtrack exponentially', () => {
    for (const p of ['(a+)+$', '(a*)*b', '(\\w+\\s?)+$', '(\\d+,?)+x', '((ab)+)+c', '(x+x+)+y', '(.*)*x', '(?:\\p{L}+\\s*)+!']) {
      assert.match(verdict(p), /exponential time/, p);
    }
  });

  it('the patterns it accepts really run fast on hostile text', () => {
    const hostile = 'a'.repeat(30) + '!' + ' very'.repeat(30) + 'x';
    for (const p of ['\\b(?:very\\s+)+sorry\\b', '(a+b)+', '(?:[a-z]+-)+[a-z]+', '(?:\\s+\\w+)+z']) {
      assert.equal(verdict(p), '');
      new RegExp(p, 'gu').exec(hostile); // would hang for seconds if the check were wrong
    }
  });
});
