import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SnippetTabstops, escapeSnippetText, fillSegments, fillText } from '../../../src/core/placeholders/fill';
import { BUILTIN_FIELDS, type Segment } from '../../../src/core/placeholders/parse';
import { parseSnippet } from './snippetReference';

/** Offsets of `$` not preceded by an escaping backslash. */
function unescapedDollars(snippet: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < snippet.length; i++) {
    if (snippet[i] === '\\') i++;
    else if (snippet[i] === '$') found.push(i);
  }
  return found;
}

const priya = { 'customer.name': 'Priya Sharma', 'customer.firstName': 'Priya', 'company.name': 'Acme' };

describe('fillText: plain text', () => {
  it('fills values', () => {
    const r = fillText('Hello {{customer.firstName}}, thank you for contacting {{company.name}}.', priya);
    assert.equal(r.text, 'Hello Priya, thank you for contacting Acme.');
    assert.deepEqual(r.missing, []);
  });

  it('uses the fallback when there is no value, and lists the field as missing', () => {
    const r = fillText('Hello {{customer.firstName | "there"}}, thanks', {});
    assert.equal(r.text, 'Hello there, thanks');
    assert.deepEqual(r.missing, ['customer.firstName']);
  });

  it('treats blank values as missing', () => {
    assert.equal(fillText('Hi {{customer.firstName | "there"}}', { 'customer.firstName': '  ' }).text, 'Hi there');
  });

  describe('drops fields with neither value nor fallback, keeping punctuation tidy', () => {
    const cases: [string, string][] = [
      ['Hi {{customer.firstName}}, thanks for writing.', 'Hi, thanks for writing.'],
      ['Hi {{customer.firstName}}!', 'Hi!'],
      ['Thank you for the opportunity to serve you today, {{customer.firstName}}.', 'Thank you for the opportunity to serve you today.'],
      ['Thank you, {{customer.firstName}}', 'Thank you'],
      ['Hi, {{customer.firstName}}, how are you?', 'Hi, how are you?'],
      ['{{customer.firstName}}, thanks for waiting.', 'Thanks for waiting.'],
      ['Sorry for the wait. {{customer.firstName}}, your order is on its way.', 'Sorry for the wait. Your order is on its way.'],
      ['Hello {{customer.firstName}} and welcome', 'Hello and welcome'],
      ['Dear {{customer.firstName}} {{customer.name}},', 'Dear,'],
      ['Dear Mr {{customer.name}},', 'Dear,'],
      ['Best regards,\n{{agent.name}}\n{{company.name}}', 'Best regards,'],
      ['Best regards,\n{{agent.name}}\nSupport team', 'Best regards,\nSupport team'],
      ['Line one\r\n{{agent.name}}\r\nLine three', 'Line one\r\nLine three'],
      ['नमस्ते {{customer.firstName}} जी, आपका स्वागत है।', 'नमस्ते, आपका स्वागत है।'],
      ['धन्यवाद, {{customer.firstName}}।', 'धन्यवाद।'],
      ['নমস্কার {{customer.firstName}}, আপনাকে ধন্যবাদ।', 'নমস্কার, আপনাকে ধন্যবাদ।'],
      ['Hello Rahul-{{customer.firstName}}', 'Hello Rahul-'],
      ['Hi {{customer.firstName}}-ji!', 'Hi!'],
      ['{{company.name}}-এর সঙ্গে যোগাযোগ করার জন্য ধন্যবাদ।', 'সঙ্গে যোগাযোগ করার জন্য ধন্যবাদ।'],
      ["Welcome to {{company.name}}'s help desk", 'Welcome to help desk'],
      ['Message us any time. — {{agent.firstName}}, {{company.name}}', 'Message us any time.'],
      ['Order {{order.id}} has shipped', 'Order has shipped'],
    ];
    for (const [src, expected] of cases) {
      it(`${JSON.stringify(src)} → ${JSON.stringify(expected)}`, () => assert.equal(fillText(src, {}).text, expected));
    }
  });

  it('never leaves "Hi ," or a space before punctuation, whatever is missing (property)', () => {
    const words = fc.constantFrom('Hi', 'Hello', 'thanks', 'नमस्ते', 'ধন্যবাদ', 'and', 'Dear');
    const field = fc.constantFrom('{{customer.firstName}}', '{{customer.name}}', '{{agent.name}}');
    const punct = fc.constantFrom(',', '.', '!', '?', '।');
    const piece = fc.oneof(words.map((w) => ` ${w}`), field.map((f) => ` ${f}`), punct);
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
      const src = `Hi${pieces.join('')}`;
      const { text } = fillText(src, {});
      assert.doesNotMatch(text, /[ \t][,.!?।]/, `${src} → ${text}`);
      assert.doesNotMatch(text, / {2}/, `${src} → ${text}`);
      assert.doesNotMatch(text, /\{\{|\}\}/);
    }), { numRuns: 300 });
  });
});

describe('fillText: snippet', () => {
  it('turns unresolved fields into numbered tabstops with their fallback, mirrored by name, with $0 at the end', () => {
    const r = fillText('Hi {{customer.firstName | "there"}}, order {{order.id}}. Bye {{customer.firstName}}.', {});
    assert.equal(r.snippet, 'Hi ${1:there}, order ${2}. Bye ${1:there}.$0');
    assert.deepEqual(r.missing, ['customer.firstName', 'order.id']);
    const parsed = parseSnippet(r.snippet);
    assert.deepEqual(parsed.tabstops.map((t) => t.index), [1, 2, 1, 0]);
    assert.equal(parsed.text, 'Hi there, order . Bye there.');
  });

  it('gives mirrors the first non-empty fallback', () => {
    const r = fillText('{{customer.firstName}} and {{customer.firstName | "friend"}}', {});
    assert.equal(r.snippet, '${1:friend} and ${1:friend}$0');
  });

  it('inserts values as literal text', () => {
    const r = fillText('Hi {{customer.firstName}}', { 'customer.firstName': 'P$1 }\\' });
    assert.equal(parseSnippet(r.snippet).text, 'Hi P$1 }\\');
    assert.deepEqual(parseSnippet(r.snippet).tabstops, [{ index: 0, defaultText: '' }]);
  });

  it('escapes snippet syntax from the pack, in text and in fallbacks', () => {
    const r = fillText('Cost $5 (${TM_FILENAME}) \\n } $1 {{ticket.id | "no $1 } here"}}', {});
    const parsed = parseSnippet(r.snippet);
    assert.equal(parsed.text, 'Cost $5 (${TM_FILENAME}) \\n } $1 no $1 } here');
    assert.deepEqual(parsed.variables, []);
    assert.deepEqual(parsed.tabstops, [{ index: 1, defaultText: 'no $1 } here' }, { index: 0, defaultText: '' }]);
  });

  it('uses ${n} (not $n) for empty tabstops, so a following digit cannot join the number', () => {
    const r = fillText('#{{ticket.id}}2', {});
    assert.equal(r.snippet, '#${1}2$0');
  });

  it('can leave out $0 and share numbering across fills', () => {
    const tabstops = new SnippetTabstops();
    const a = fillText('Hi {{customer.firstName}},', {}, { tabstops, finalTabstop: false });
    const b = fillText('{{agent.name}} thanks {{customer.firstName}}', {}, { tabstops, finalTabstop: false });
    assert.equal(a.snippet, 'Hi ${1},');
    assert.equal(b.snippet, '${2} thanks ${1}');
    assert.deepEqual(tabstops.fields(), [{ name: 'customer.firstName', index: 1 }, { name: 'agent.name', index: 2 }]);
  });

  it('fills parsed segments directly', () => {
    const segments: Segment[] = [
      { type: 'text', value: 'Ticket ', start: 0, end: 7 },
      { type: 'field', name: 'ticket.id', start: 7, end: 20 },
    ];
    assert.deepEqual(fillSegments(segments, { 'ticket.id': '4312' }), { text: 'Ticket 4312', snippet: 'Ticket 4312$0', missing: [] });
  });

  it('keeps unknown placeholders literal (they are reported by the pack check)', () => {
    const r = fillText('Hi {{customer.nickname}}', {});
    assert.equal(r.text, 'Hi {{customer.nickname}}');
    assert.equal(parseSnippet(r.snippet).text, 'Hi {{customer.nickname}}');
  });

  describe('properties', () => {
    const special = fc.constantFrom('$', '{', '}', '\\', '$1', '${1:x}', '${TM_FILENAME}', '$0', '\\$', 'a', ' ', '9', 'ক', '\n', ':', '|', ',');
    const literal = fc.oneof(fc.string({ unit: special, maxLength: 30 }), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

    it('escapeSnippetText: any text parses back to exactly itself, with no tabstops or variables', () => {
      fc.assert(fc.property(literal, (text) => {
        const escaped = escapeSnippetText(text);
        assert.deepEqual(parseSnippet(escaped), { text, tabstops: [], variables: [] });
        assert.deepEqual(unescapedDollars(escaped), []);
      }), { numRuns: 500 });
    });

    it('fill: text without placeholders round-trips through the snippet; only the final $0 is unescaped', () => {
      const noPlaceholders = literal.filter((t) => !t.includes('{{'));
      fc.assert(fc.property(noPlaceholders, (text) => {
        const r = fillText(text, {});
        assert.equal(r.text, text);
        const parsed = parseSnippet(r.snippet);
        assert.equal(parsed.text, text);
        assert.deepEqual(parsed.tabstops, [{ index: 0, defaultText: '' }]);
        assert.deepEqual(unescapedDollars(r.snippet), [r.snippet.length - 2]);
      }), { numRuns: 500 });
    });

    it('fill: with every value or fallback present, the snippet inserts the same text as `text`', () => {
      const names = fc.constantFrom(...BUILTIN_FIELDS);
      const fieldArb = fc.record({ name: names, fallback: fc.option(fc.string({ unit: special, minLength: 1, maxLength: 6 }), { nil: undefined }) });
      const valueArb = fc.dictionary(names, fc.string({ unit: special, minLength: 1, maxLength: 6 }).filter((v) => v.trim() !== ''));
      fc.assert(fc.property(fc.array(fc.oneof(literal.filter((t) => t !== ''), fieldArb), { maxLength: 8 }), valueArb, (parts, values) => {
        let pos = 0;
        const fallbackOf = new Map<string, string | undefined>();
        const segments: Segment[] = parts.map((p) => {
          const start = pos;
          if (typeof p === 'string') { pos += p.length; return { type: 'text', value: p, start, end: pos }; }
          // Mirrors share one default, so give each field a single fallback throughout.
          if (!fallbackOf.has(p.name)) fallbackOf.set(p.name, p.fallback ?? values[p.name] ?? 'x');
          pos += 10;
          return { type: 'field', name: p.name, fallback: fallbackOf.get(p.name), start, end: pos };
        });
        const r = fillSegments(segments, values);
        const parsed = parseSnippet(r.snippet);
        assert.equal(parsed.text, r.text);
        assert.deepEqual(parsed.variables, []);
        const missing = segments.filter((s) => s.type === 'field' && !values[s.name]).map((s) => (s as { name: string }).name);
        assert.deepEqual(r.missing, [...new Set(missing)]);
        assert.equal(parsed.tabstops.filter((t) => t.index > 0).length, missing.length);
      }), { numRuns: 300 });
    });
  });
});
