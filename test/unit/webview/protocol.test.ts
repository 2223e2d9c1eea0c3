import * as assert from 'node:assert/strict';
import { openableLink, parsePageMessage } from '../../../src/webview/protocol';

describe('sidebar protocol (page → host validation)', () => {
  const good: unknown[] = [
    { type: 'ready' },
    { type: 'search', requestId: 3, query: 'refnud', filters: {} },
    { type: 'search', requestId: 4, query: '', filters: { kind: 'phrase', lang: 'hi', tag: 'refund', pack: 'acme-team' } },
    { type: 'insert', kind: 'template', id: 'refund-status-en' },
    { type: 'copy', kind: 'greeting', id: 'greeting-email' },
    { type: 'preview', requestId: 0, kind: 'article', id: 'a' },
    { type: 'toggleFavourite', kind: 'closing', id: 'c' },
    { type: 'openLink', href: 'https://example.com/help' },
    { type: 'newPack' },
    { type: 'focusEditor' },
  ];
  it('accepts every well-formed message', () => {
    for (const m of good) assert.ok(parsePageMessage(m).ok, JSON.stringify(m));
  });

  const bad: Array<[string, unknown]> = [
    ['not an object', 'ready'],
    ['null', null],
    ['an array', [{ type: 'ready' }]],
    ['no type', { query: 'x' }],
    ['unknown type', { type: 'runCommand', command: 'workbench.action.quit' }],
    ['type of the wrong case', { type: 'Ready' }],
    ['extra key on ready', { type: 'ready', html: '<script>' }],
    ['extra key on insert', { type: 'insert', kind: 'template', id: 'x', command: 'x' }],
    ['extra key in filters', { type: 'search', requestId: 1, query: 'x', filters: { kind: 'template', evil: 1 } }],
    ['prototype key', JSON.parse('{"type":"search","requestId":1,"query":"x","filters":{},"__proto__":{"polluted":true}}')],
    ['query of the wrong type', { type: 'search', requestId: 1, query: 42, filters: {} }],
    ['missing filters', { type: 'search', requestId: 1, query: 'x' }],
    ['fractional request id', { type: 'search', requestId: 1.5, query: 'x', filters: {} }],
    ['negative request id', { type: 'search', requestId: -1, query: 'x', filters: {} }],
    ['request id as a string', { type: 'preview', requestId: '1', kind: 'article', id: 'a' }],
    ['huge query', { type: 'search', requestId: 1, query: 'a'.repeat(100_000), filters: {} }],
    ['huge id', { type: 'insert', kind: 'template', id: 'x'.repeat(10_000) }],
    ['empty id', { type: 'insert', kind: 'template', id: '' }],
    ['unknown kind', { type: 'insert', kind: 'rule', id: 'x' }],
    ['unknown kind filter', { type: 'search', requestId: 1, query: 'x', filters: { kind: 'rule' } }],
    ['huge link', { type: 'openLink', href: `https://example.com/${'a'.repeat(5000)}` }],
    ['link of the wrong type', { type: 'openLink', href: { toString: 'https://x' } }],
  ];
  for (const [what, message] of bad) {
    it(`rejects ${what}`, () => {
      const parsed = parsePageMessage(message);
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.ok(parsed.reason.length > 0, 'with a reason');
    });
  }
  it('does not pollute Object.prototype', () => {
    parsePageMessage(JSON.parse('{"type":"ready","__proto__":{"polluted":true}}'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('links a preview may open', () => {
  it('opens http and https links, normalised', () => {
    assert.equal(openableLink('https://example.com/help'), 'https://example.com/help');
    assert.equal(openableLink('HTTP://Example.COM/a b'), 'http://example.com/a%20b');
  });
  it('refuses every other scheme and trick', () => {
    for (const href of [
      'javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)', 'command:workbench.action.quit', 'vscode://kindly.kindly/x', 'vscode-webview://x/y', 'file:///etc/passwd',
      'mailto:a@example.com', '//example.com/x', '/relative', '#anchor', 'https://', 'https://user:pw@example.com/', 'not a url',
    ]) assert.equal(openableLink(href), undefined, href);
  });
});
