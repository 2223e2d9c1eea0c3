import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { CliIO } from '../../../src/cli/io';

const ROOT = path.resolve(__dirname, '../../..');

function fakeIO(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(t: string) { io.out += t; },
    stderr(t: string) { io.err += t; },
    readStdin: async () => '',
    cwd: ROOT,
    builtinPackRoot: path.join(ROOT, 'snippets'),
  };
  return io;
}

async function run(...args: string[]) {
  const io = fakeIO();
  const code = await main(['search', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('kindly search (CLI)', function () {
  this.timeout(30000);
  let packDir: string;
  before(() => {
    packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindly-search-'));
    fs.writeFileSync(path.join(packDir, 'kindly-pack.json'), JSON.stringify({
      id: 'acme', name: 'Acme', version: '1.0.0', languages: ['en'], synonyms: { 'gift card': ['voucher balance'] },
    }));
    fs.mkdirSync(path.join(packDir, 'templates'));
    fs.writeFileSync(path.join(packDir, 'templates', 'gift-card.md'),
      '---\nid: acme-gift-card\ntitle: Gift card balance\ntags: [gift card]\nlang: en\n---\nYour gift card balance is shown at checkout.\n');
  });
  after(() => fs.rmSync(packDir, { recursive: true, force: true }));

  it('prints JSON results in rank order with id, title, kind, lang, pack and score; exit 0', async () => {
    const { code, out } = await run('refund', '--format', 'json', '--limit', '5');
    assert.equal(code, 0);
    const rows = JSON.parse(out) as Array<Record<string, unknown>>;
    assert.ok(rows.length > 0 && rows.length <= 5);
    for (const r of rows) assert.deepEqual(Object.keys(r).sort(), ['id', 'kind', 'lang', 'pack', 'score', 'title']);
    const scores = rows.map((r) => r.score as number);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    assert.match(String(rows[0].title), /refund/i);
  });

  it('filters by language and kind', async () => {
    const hi = JSON.parse((await run('paisa wapas', '--lang', 'hi', '--format=json')).out) as Array<{ lang: string }>;
    assert.ok(hi.length > 0 && hi.every((r) => r.lang === 'hi'));
    const articles = JSON.parse((await run('password', '--kind', 'article', '--format', 'json')).out) as Array<{ kind: string }>;
    assert.ok(articles.length > 0 && articles.every((r) => r.kind === 'article'));
  });

  it('searches extra packs with their synonyms, and only them with --no-builtin', async () => {
    const both = JSON.parse((await run('voucher balance', '--pack', packDir, '--format', 'json')).out) as Array<{ id: string; pack: string }>;
    assert.equal(both[0].id, 'acme-gift-card');
    assert.equal(both[0].pack, 'acme');
    const only = JSON.parse((await run('refund', '--pack', packDir, '--no-builtin', '--format', 'json')).out) as unknown[];
    assert.deepEqual(only, []);
  });

  it('prints a text table: rank, score, kind, lang, pack, title, id', async () => {
    const { code, out } = await run('pasword reset', '--lang', 'en', '--limit', '3');
    assert.equal(code, 0);
    const lines = out.trim().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^1\s+\d+\.\d{3}\s+(template|article)\s+en\s+kindly-builtin\s+.*password.*\s+\S+$/i);
  });

  it('exits 1 with suggestions when nothing matches', async () => {
    const text = await run('qqqxyz');
    assert.equal(text.code, 1);
    assert.match(text.out, /No results/);
    const json = await run('qqqxyz', '--format', 'json');
    assert.equal(json.code, 1);
    assert.deepEqual(JSON.parse(json.out), []);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [[], ['refund', '--limit', '0'], ['refund', '--format', 'xml'], ['refund', '--kind', 'rule'],
      ['refund', '--bogus'], ['refund', '--pack', path.join(packDir, 'missing')], ['refund', '--no-builtin'], ['refund', '--lang']]) {
      const r = await run(...args);
      assert.equal(r.code, 2, `${args.join(' ')} → ${r.code}`);
      assert.match(r.err, /Usage/);
    }
  });
});
