import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { formatHeaderValue, parseDraftHeader, setHeaderFields, type TextEdit } from '../../../src/core/drafts/header';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../fixtures/drafts', name), 'utf8');
const apply = (text: string, e: TextEdit) => text.slice(0, e.start) + e.newText + text.slice(e.end);

describe('parseDraftHeader', () => {
  it('reads a CRLF header after a BOM, with comments and trailing spaces, and gives offsets', () => {
    const text = fixture('crlf-bom-header.md');
    const r = parseDraftHeader(text);
    assert.deepEqual(r.header, { customer: 'Priya Sharma', ticket: '4312', channel: 'email', lang: 'hi', VIP: 'yes: gold' });
    assert.deepEqual(r.problems, []);
    assert.equal(r.range?.start, 1);
    assert.equal(text.slice(r.range!.start, r.range!.end).split('\r\n').at(-1), '---');
    assert.ok(text.slice(r.range!.start, r.range!.end).startsWith('---\r\ncustomer'));
    assert.ok(text.slice(r.bodyStart).startsWith('\r\nनमस्ते'));
  });

  it('reads quoted values, a value starting with #, empty values, continuation lines, and keys in any case', () => {
    const r = parseDraftHeader(fixture('quoted-values.md'));
    assert.deepEqual(r.header, {
      customer: 'Sharma, Priya', company: "Acme 'Global' Ltd", order: 'A-1001 – B', ticket: '#4312', lang: 'bn', agent: '',
      note: 'first line continued here',
    });
    assert.equal(fixture('quoted-values.md').slice(r.bodyStart), 'নমস্কার\n');
  });

  it('gives no header for text without one; the body starts at 0', () => {
    assert.deepEqual(parseDraftHeader(fixture('no-header.md')), { header: {}, bodyStart: 0, problems: [], entries: [] });
    assert.deepEqual(parseDraftHeader(''), { header: {}, bodyStart: 0, problems: [], entries: [] });
  });

  it('does not take a horizontal rule for a header, at the top or further down', () => {
    assert.equal(parseDraftHeader(fixture('horizontal-rule.md')).range, undefined);
    assert.equal(parseDraftHeader(fixture('later-rule.md')).range, undefined);
    assert.deepEqual(parseDraftHeader(fixture('later-rule.md')).header, {});
  });

  it('reports an unclosed header and does not treat it as one', () => {
    const r = parseDraftHeader(fixture('unclosed.md'));
    assert.equal(r.range, undefined);
    assert.match(r.problems[0], /not closed/);
  });

  it('accepts an empty header block and reports lines that are not key: value, and duplicates', () => {
    const empty = parseDraftHeader('---\n---\nHi');
    assert.deepEqual(empty.range, { start: 0, end: 7 });
    assert.equal(empty.bodyStart, 8);
    const r = parseDraftHeader('---\ncustomer: A\njust words\ncustomer: B\n---\n');
    assert.equal(r.header.customer, 'B');
    assert.equal(r.problems.length, 2);
    assert.match(r.problems.join('\n'), /just words/);
    assert.match(r.problems.join('\n'), /more than once/);
  });

  it('reads the YAML end marker "..." as a closing line', () => {
    assert.equal(parseDraftHeader('---\nlang: bn\n...\nবডি').header.lang, 'bn');
  });
});

describe('setHeaderFields', () => {
  it('updates a value in place, keeping comments, order, CRLF and the rest of the file', () => {
    const text = fixture('crlf-bom-header.md');
    const edit = setHeaderFields(text, { ticket: '9999' });
    assert.deepEqual(edit, { start: text.indexOf('4312'), end: text.indexOf('4312') + 4, newText: '9999' });
    const after = apply(text, edit);
    assert.equal(after, text.replace('4312', '9999'));
    assert.equal(parseDraftHeader(after).header.ticket, '9999');
  });

  it('adds new keys before the closing line with the file\'s line breaks', () => {
    const text = fixture('crlf-bom-header.md');
    const after = apply(text, setHeaderFields(text, { order: 'A-1001', customer: 'Rahul Verma' }));
    assert.equal(after, text.replace('Priya Sharma', 'Rahul Verma').replace('VIP: "yes: gold"\r\n', 'VIP: "yes: gold"\r\norder: A-1001\r\n'));
  });

  it('creates a header at the top when there is none, separated from the text by a blank line', () => {
    const text = fixture('no-header.md');
    const edit = setHeaderFields(text, { customer: 'Priya Sharma', lang: 'en' });
    assert.deepEqual(edit, { start: 0, end: 0, newText: '---\ncustomer: Priya Sharma\nlang: en\n---\n\n' });
    assert.equal(setHeaderFields('\r\nHi', { customer: 'P' }).newText, '---\r\ncustomer: P\r\n---\r\n');
    assert.equal(setHeaderFields('', { customer: 'P' }).newText, '---\ncustomer: P\n---\n');
    assert.deepEqual(setHeaderFields('\uFEFFHi', { customer: 'P' }), { start: 1, end: 1, newText: '---\ncustomer: P\n---\n\n' });
  });

  it('puts a header above a horizontal rule rather than into it', () => {
    const text = fixture('horizontal-rule.md');
    const after = apply(text, setHeaderFields(text, { customer: 'Priya' }));
    assert.equal(after, `---\ncustomer: Priya\n---\n\n${text}`);
    assert.equal(parseDraftHeader(after).header.customer, 'Priya');
  });

  it('updates the winning entry of a duplicated key, an empty value, and a key written in another case', () => {
    assert.equal(apply('---\ncustomer: A\ncustomer: B\n---\n', setHeaderFields('---\ncustomer: A\ncustomer: B\n---\n', { customer: 'C' })), '---\ncustomer: A\ncustomer: C\n---\n');
    assert.equal(apply('---\nagent:\n---\n', setHeaderFields('---\nagent:\n---\n', { agent: 'Rahul' })), '---\nagent: Rahul\n---\n');
    assert.equal(apply('---\nCustomer:   X # vip\n---\n', setHeaderFields('---\nCustomer:   X # vip\n---\n', { customer: 'Y' })), '---\nCustomer:   Y # vip\n---\n');
  });

  it('removes keys set to undefined', () => {
    const text = '---\ncustomer: A\nticket: 1\n---\nbody';
    assert.equal(apply(text, setHeaderFields(text, { ticket: undefined })), '---\ncustomer: A\n---\nbody');
  });

  it('quotes values that would not read back as written', () => {
    assert.equal(formatHeaderValue('Priya Sharma'), 'Priya Sharma');
    assert.equal(formatHeaderValue('प्रिया शर्मा'), 'प्रिया शर्मा');
    assert.equal(formatHeaderValue('Sharma, Priya'), 'Sharma, Priya');
    assert.equal(formatHeaderValue('#4312'), '"#4312"');
    assert.equal(formatHeaderValue('a: b'), '"a: b"');
    assert.equal(formatHeaderValue(' padded'), '" padded"');
    assert.equal(formatHeaderValue(''), '""');
  });

  it('changes nothing outside the header, and reads back what it wrote (property)', () => {
    const valueArb = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ':', '#', '"', "'", '\\', '-', 'प्र', 'ক', ',', '\t', '\n'), maxLength: 12 });
    const bodyArb = fc.string({ unit: fc.constantFrom('a', '\n', '\r\n', '-', '---', ' ', 'क', ':'), maxLength: 30 });
    const headerArb = fc.constantFrom('', '---\ncustomer: Old\n# note\nlang: hi\n---\n', '---\r\nticket: 1\r\n---\r\n', '\uFEFF---\n---\n');
    fc.assert(fc.property(headerArb, bodyArb, fc.dictionary(fc.constantFrom('customer', 'ticket', 'order', 'lang', 'x.y'), valueArb), (head, body, fields) => {
      const text = head + body;
      const before = parseDraftHeader(text);
      const edit = setHeaderFields(text, fields);
      const after = apply(text, edit);
      const parsed = parseDraftHeader(after);
      if (Object.keys(fields).length === 0) return;
      for (const [k, v] of Object.entries(fields)) assert.equal(parsed.header[k], v, `${JSON.stringify(text)} ${k}=${JSON.stringify(v)} → ${JSON.stringify(after)}`);
      // The body is untouched: everything after the old header (or the whole old text) survives at the end.
      assert.ok(after.endsWith(text.slice(before.bodyStart)));
      if (before.range) {
        assert.ok(edit.start >= before.range.start && edit.end <= before.range.end);
        assert.equal(after.slice(0, before.range.start), text.slice(0, before.range.start));
      }
    }), { numRuns: 300 });
  });
});
