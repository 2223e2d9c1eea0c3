import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BUILTIN_FIELDS, parsePlaceholders, type Segment } from '../../../src/core/placeholders/parse';

const fields = (segments: Segment[]) => segments.filter((s) => s.type === 'field');

describe('parsePlaceholders', () => {
  it('splits text and fields with their fallbacks and offsets', () => {
    const src = 'Hello {{customer.firstName | "there"}}, thank you for contacting {{company.name}}.';
    const { segments, problems } = parsePlaceholders(src);
    assert.deepEqual(problems, []);
    assert.deepEqual(segments.map((s) => s.type), ['text', 'field', 'text', 'field', 'text']);
    const [greet, company] = fields(segments);
    assert.deepEqual(greet, { type: 'field', name: 'customer.firstName', fallback: 'there', start: 6, end: 38 });
    assert.equal(src.slice(company.start, company.end), '{{company.name}}');
    assert.equal(company.fallback, undefined);
  });

  it('accepts spaces inside braces, single quotes, typographic quotes and escaped quotes in fallbacks', () => {
    const got = fields(parsePlaceholders(`{{ ticket.id }} {{customer.name|'friend'}} {{customer.name | “dear customer”}} {{date | "the \\"day\\""}}`).segments);
    assert.deepEqual(got.map((f) => [f.type === 'field' && f.name, f.type === 'field' && f.fallback]), [
      ['ticket.id', undefined], ['customer.name', 'friend'], ['customer.name', 'dear customer'], ['date', 'the "day"'],
    ]);
  });

  it('keeps an empty fallback as an empty string', () => {
    const [f] = fields(parsePlaceholders('{{customer.firstName | ""}}').segments);
    assert.equal(f.type === 'field' && f.fallback, '');
  });

  it('reports unknown names with a suggestion and leaves them as literal text', () => {
    const src = 'Hi {{customer.firstname}}!';
    const { segments, problems } = parsePlaceholders(src);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].offset, 3);
    assert.equal(problems[0].length, '{{customer.firstname}}'.length);
    assert.match(problems[0].message, /unknown placeholder "customer.firstname": did you mean "customer.firstName"\?/);
    assert.deepEqual(segments, [{ type: 'text', value: src, start: 0, end: src.length }]);
  });

  it('does not suggest a name that is not close', () => {
    const { problems } = parsePlaceholders('{{shipping.carrierName}}');
    assert.doesNotMatch(problems[0].message, /did you mean/);
  });

  it('accepts names a pack declares', () => {
    const known = new Set<string>([...BUILTIN_FIELDS, 'order.carrier']);
    assert.deepEqual(parsePlaceholders('via {{order.carrier}}', known).problems, []);
    assert.equal(parsePlaceholders('via {{order.carrier}}').problems.length, 1);
  });

  it('reports unbalanced, empty and malformed braces at their offsets', () => {
    const cases: [string, number, RegExp][] = [
      ['Hi {{customer.name', 3, /unbalanced "\{\{"/],
      ['Hi customer.name}} x', 16, /unbalanced "\}\}"/],
      ['Hi {{}}', 3, /empty placeholder/],
      ['Hi {{customer.name | there}}', 3, /fallback must be quoted: write \{\{customer.name \| "there"\}\}/],
      ['Hi {{customer name}}', 3, /malformed placeholder/],
      ['Hi {{customer.name {{date}}', 3, /unbalanced "\{\{"/],
    ];
    for (const [src, offset, message] of cases) {
      const { problems } = parsePlaceholders(src);
      assert.ok(problems.length >= 1, src);
      assert.equal(problems[0].offset, offset, src);
      assert.match(problems[0].message, message, src);
    }
  });

  it('still parses the valid field after an unbalanced opening', () => {
    const { segments } = parsePlaceholders('Hi {{customer.name {{date}}');
    assert.deepEqual(fields(segments).map((f) => f.type === 'field' && f.name), ['date']);
  });

  it('flags single braces around a known field name, and nothing else in single braces', () => {
    const { problems } = parsePlaceholders('Hi {customer.firstName}, see {note} and ${customer.name}');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].offset, 3);
    assert.match(problems[0].message, /did you mean "\{\{customer.firstName\}\}"/);
  });

  it('never throws; offsets are valid; the segments rebuild the input (fuzz)', () => {
    const unit = fc.constantFrom('{', '}', '{{', '}}', '|', '"', "'", '\\', ' ', 'a', '.', '$', '\n', 'क', '়', '“', '”',
      'customer.name', 'customer.firstName', 'date', ' | "x"');
    const known = new Set<string>(BUILTIN_FIELDS);
    fc.assert(fc.property(fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string({ maxLength: 40 })), (src) => {
      const { segments, problems } = parsePlaceholders(src);
      let pos = 0;
      for (const s of segments) {
        assert.equal(s.start, pos, 'segments are contiguous');
        assert.ok(s.end > s.start && s.end <= src.length);
        if (s.type === 'text') assert.equal(s.value, src.slice(s.start, s.end));
        else {
          assert.ok(known.has(s.name));
          assert.ok(src.startsWith('{{', s.start) && src.slice(0, s.end).endsWith('}}'));
        }
        pos = s.end;
      }
      assert.equal(pos, src.length, 'segments cover the whole input');
      assert.equal(segments.map((s) => src.slice(s.start, s.end)).join(''), src);
      for (const p of problems) {
        assert.ok(p.offset >= 0 && p.offset < src.length);
        assert.ok(p.offset + (p.length ?? 0) <= src.length);
        assert.ok(p.message.length > 0);
      }
    }), { numRuns: 400 });
  });
});
