// Property-based: whatever bytes a pack file holds, parsing returns problems and never throws.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseJsonItems, parseMarkdownItem } from '../../../src/core/packs/itemFiles';
import type { ItemContext } from '../../../src/core/packs/itemFiles';
import { parseManifest } from '../../../src/core/packs/manifest';
import { checkRulePattern } from '../../../src/core/packs';
import { BUILTIN_FIELDS } from '../../../src/core/placeholders/parse';

const ctx: ItemContext = { packId: 'fuzz', file: '/p/templates/x.md', pathBelowKind: 'x.md', languages: ['en'], knownFields: new Set(BUILTIN_FIELDS) };
const fragments = ['---\n', 'title: x\n', 'lang: en\n', '{{', '}}', '{', '}', '[', ']', '"', ',', ':', '__proto__', '\r\n', '\u0000', '\ud800', 'नमस्ते', '"rules"', '"phrases"', '"pattern": "(a+)+"', '&a [1]', '*a', '!!js/function'];
const textArb = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((a) => a.join('')));

describe('packs: fuzzing the parsers', () => {
  it('never throws on arbitrary Markdown, JSON or manifest text', () => {
    fc.assert(fc.property(textArb, (text) => {
      for (const r of [parseMarkdownItem('template', text, ctx), parseMarkdownItem('article', text, ctx), parseJsonItems('rule', text, ctx), parseJsonItems('phrase', text, ctx)]) {
        for (const p of r.problems) assert.ok(p.line >= 1 && p.column >= 1 && p.message.length > 0);
      }
      parseManifest(text, '/p/kindly-pack.json', '/p');
    }), { numRuns: 300 });
  });

  it('never throws on mutated valid rule files', () => {
    const valid = JSON.stringify({ rules: [{ id: 'r', category: 'rude', severity: 'warning', lang: 'en', pattern: '\\bno\\b', message: 'm', rewrites: ['{{agent.name}}'] }] }, null, 2);
    fc.assert(fc.property(fc.nat(valid.length), fc.string({ maxLength: 5 }), (at, insert) => {
      parseJsonItems('rule', valid.slice(0, at) + insert + valid.slice(at + 1), ctx);
    }), { numRuns: 300 });
  });

  it('classifies arbitrary patterns without throwing', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', '\\', '(', ')', '?', '*', '+', '{2,}', '[', ']', '^', '|', '(?<=', '(?:', '\\1', '\\p{L}', '.'), { maxLength: 12 }), (parts) => {
      checkRulePattern(parts.join(''));
    }), { numRuns: 300 });
  });
});
