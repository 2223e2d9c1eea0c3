import assert from 'node:assert/strict';
import { buildNewDraft, pickPhrase, rankByRecent, rankPhrases } from '../../../src/core/drafts/newDraft';
import { parseDraftHeader } from '../../../src/core/drafts/header';
import type { PhraseLike } from '../../../src/core/drafts/pick';
import { parsePlaceholders } from '../../../src/core/placeholders/parse';
import { resolveValues } from '../../../src/core/placeholders/values';
import { parseSnippet } from '../placeholders/snippetReference';

const greeting = '{{time.greeting}}, {{customer.firstName | "there"}}! Thank you for contacting {{company.name}}.';
const closing = 'Thank you for the opportunity to serve you today, {{customer.firstName}}.\n{{agent.name}}';
const morning = new Date(2026, 10, 23, 9, 0);

describe('buildNewDraft', () => {
  it('writes header, greeting, the writing place ($0) and closing, all filled', () => {
    const values = resolveValues({ header: { customer: 'Priya Sharma' }, settings: { agentName: 'Rahul', companyName: 'Acme' }, now: morning });
    const d = buildNewDraft({ customerName: 'Priya Sharma', channel: 'email', lang: 'en', greeting, closing, values });
    assert.equal(d.text, [
      '---', 'customer: Priya Sharma', 'channel: email', 'lang: en', '---', '',
      'Good morning, Priya! Thank you for contacting Acme.', '', '', '',
      'Thank you for the opportunity to serve you today, Priya.', 'Rahul', '',
    ].join('\n'));
    assert.equal(d.snippet, d.text.replace('\n\n\n\n', '\n\n$0\n\n'));
    assert.deepEqual(d.missing, []);
    assert.deepEqual(parseDraftHeader(d.text).header, { customer: 'Priya Sharma', channel: 'email', lang: 'en' });
  });

  it('leaves out header keys that were skipped and shares tabstops between greeting and closing', () => {
    const d = buildNewDraft({ lang: 'en', greeting: parsePlaceholders(greeting).segments, closing, values: { 'time.greeting': 'Hello' } });
    assert.ok(d.text.startsWith('---\nlang: en\n---\n\nHello, there! Thank you for contacting.\n'));
    assert.ok(d.text.endsWith('\nThank you for the opportunity to serve you today.\n'));
    assert.deepEqual(d.missing, ['customer.firstName', 'company.name', 'agent.name']);
    const parsed = parseSnippet(d.snippet);
    assert.deepEqual(parsed.tabstops.map((t) => [t.index, t.defaultText]), [[1, 'there'], [2, ''], [0, ''], [1, 'there'], [3, '']]);
    assert.deepEqual(parsed.variables, []);
  });

  it('derives the first name from the customer name given, in any script, and escapes header text', () => {
    const d = buildNewDraft({ customerName: 'श्रीमती प्रिया शर्मा', lang: 'hi', greeting: 'नमस्ते {{customer.firstName}} जी,', closing: 'धन्यवाद।', values: {} });
    assert.ok(d.text.includes('\nनमस्ते प्रिया जी,\n'));
    const odd = buildNewDraft({ customerName: '$1 {Weird}', lang: 'en', greeting: 'Hi', closing: 'Bye', values: {} });
    assert.equal(parseSnippet(odd.snippet).text, odd.text);
    assert.equal(parseDraftHeader(odd.text).header.customer, '$1 {Weird}');
  });

  it('uses the line break it is given', () => {
    const d = buildNewDraft({ customerName: 'A B', lang: 'en', greeting: 'Hi', closing: 'Bye', values: {}, eol: '\r\n' });
    assert.equal(d.text, '---\r\ncustomer: A B\r\nlang: en\r\n---\r\n\r\nHi\r\n\r\n\r\n\r\nBye\r\n');
  });
});

describe('rankPhrases / pickPhrase', () => {
  type P = PhraseLike & { id: string };
  const phrases: P[] = [
    { id: 'en-any', kind: 'greeting', lang: 'en', channel: 'any', timeOfDay: 'any' },
    { id: 'en-chat', kind: 'greeting', lang: 'en', channel: 'chat', timeOfDay: 'any' },
    { id: 'en-email-morning', kind: 'greeting', lang: 'en', channel: 'email', timeOfDay: 'morning' },
    { id: 'en-email', kind: 'greeting', lang: 'en', channel: 'email' },
    { id: 'en-evening', kind: 'greeting', lang: 'en', timeOfDay: 'evening' },
    { id: 'en-gb', kind: 'greeting', lang: 'en-GB' },
    { id: 'hi-any', kind: 'greeting', lang: 'hi' },
    { id: 'en-close', kind: 'closing', lang: 'en' },
  ];
  const ids = (ps: P[]) => ps.map((p) => p.id);

  it('prefers exact channel, then exact time of day; drops other languages, channels and times', () => {
    assert.deepEqual(ids(rankPhrases(phrases, { kind: 'greeting', lang: 'en', channel: 'email', now: morning })),
      ['en-email-morning', 'en-email', 'en-any', 'en-gb']);
    assert.equal(pickPhrase(phrases, { kind: 'greeting', lang: 'en', channel: 'chat', now: new Date(2026, 0, 1, 20) })?.id, 'en-chat');
    assert.deepEqual(ids(rankPhrases(phrases, { kind: 'greeting', lang: 'en', channel: 'social', now: new Date(2026, 0, 1, 20) })),
      ['en-evening', 'en-any', 'en-gb']);
  });

  it('prefers phrases for any channel and time when those are unknown', () => {
    assert.deepEqual(ids(rankPhrases(phrases, { kind: 'greeting', lang: 'en' })),
      ['en-any', 'en-evening', 'en-chat', 'en-email', 'en-email-morning', 'en-gb']);
  });

  it('prefers the exact regional tag, and finds nothing for a language without phrases', () => {
    assert.equal(pickPhrase(phrases, { kind: 'greeting', lang: 'en-GB' })?.id, 'en-gb');
    assert.equal(pickPhrase(phrases, { kind: 'greeting', lang: 'hi', channel: 'email' })?.id, 'hi-any');
    assert.equal(pickPhrase(phrases, { kind: 'closing', lang: 'bn' }), undefined);
  });
});

describe('rankByRecent', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
  it('puts recently used items first, most recent first, and keeps the rest in order', () => {
    assert.deepEqual(rankByRecent(items, ['d', 'b', 'zz', 'd']).map((i) => i.id), ['d', 'b', 'a', 'c', 'e']);
    assert.deepEqual(rankByRecent(items, []).map((i) => i.id), ['a', 'b', 'c', 'd', 'e']);
  });
});
