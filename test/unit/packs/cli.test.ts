import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import { FIXTURES, fakeIO, fixture, manifest, tempDir, template, writeTree } from './helpers';

const LINE = /^(.+):(\d+):(\d+) {2}(.+)$/;

describe('cli: kindly packs check', () => {
  it('exits 0 with a summary for a clean pack', async () => {
    const io = fakeIO();
    assert.equal(await main(['packs', 'check', 'test/fixtures/packs/good'], io), 0);
    assert.match(io.out, /1 pack checked \(9 items\): no problems/);
    assert.equal(io.err, '');
  });

  it('prints file:line:col  message relative to the working folder, and exits 1', async () => {
    const io = fakeIO(FIXTURES);
    assert.equal(await main(['packs', 'check', 'wrong-types'], io), 1);
    const lines = io.out.split('\n').filter((l) => LINE.test(l));
    assert.ok(lines.includes('wrong-types/templates/refund.md:3:7  lang: expected one of en, hi, bn (the languages in kindly-pack.json), found "fr"'), io.out);
    assert.ok(lines.every((l) => l.startsWith('wrong-types/')));
    assert.match(io.out, new RegExp(`\\n${lines.length} problems \\(${lines.length} errors, 0 warnings\\) in 1 pack\\n$`));
  });

  it('--format json prints an array of {file, line, column, path, message, severity}', async () => {
    const io = fakeIO(FIXTURES);
    assert.equal(await main(['packs', 'check', '--format', 'json', 'regex', 'json-errors'], io), 1);
    const rows = JSON.parse(io.out) as Array<Record<string, unknown>>;
    assert.ok(rows.length >= 10);
    for (const row of rows) assert.deepEqual(Object.keys(row).sort(), ['column', 'file', 'line', 'message', 'path', 'severity']);
    const nested = rows.find((r) => r.path === 'rules[5].pattern')!;
    assert.equal(nested.file, 'regex/rules/patterns.json');
    assert.equal(nested.severity, 'error');
    assert.equal(typeof nested.line, 'number');
    assert.ok(rows.some((r) => r.file === 'json-errors/rules/bom.json' && r.severity === 'warning'));
  });

  it('--format=json on a clean pack prints []', async () => {
    const io = fakeIO();
    assert.equal(await main(['packs', 'check', '--format=json', fixture('good')], io), 0);
    assert.deepEqual(JSON.parse(io.out), []);
  });

  it('checks every pack inside a folder of packs, and rule examples', async () => {
    const io = fakeIO(FIXTURES);
    assert.equal(await main(['packs', 'check', '--format', 'json', '.'], io), 1);
    const rows = JSON.parse(io.out) as Array<{ file: string; message: string; path: string }>;
    const packs = new Set(rows.map((r) => r.file.split('/')[0]));
    for (const p of ['wrong-types', 'regex', 'duplicates', 'examples']) assert.ok(packs.has(p), p);
    assert.ok(!packs.has('good'));
    assert.ok(!packs.has('no-manifest'), 'a folder of packs lists only folders with a manifest');
    const examples = rows.filter((r) => r.file === 'examples/rules/r.json');
    assert.equal(examples.length, 2);
    assert.ok(examples.every((r) => r.path === 'rules[0].examples'));
  });

  it('reports a folder without a manifest', async () => {
    const dir = tempDir();
    try {
      writeTree(dir, { 'templates/a.md': template('A', 'a') });
      const io = fakeIO(dir);
      assert.equal(await main(['packs', 'check', '.'], io), 1);
      assert.match(io.out, /^kindly-pack\.json:1:1 {2}missing kindly-pack\.json/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts the manifest file itself', async () => {
    const io = fakeIO();
    assert.equal(await main(['packs', 'check', fixture('good', 'kindly-pack.json')], io), 0);
  });

  for (const [name, args, pattern] of [
    ['no folder', ['check'], /at least one pack folder/],
    ['an unknown option', ['check', '--strict', 'x'], /unknown option "--strict"/],
    ['a missing folder', ['check', 'no/such/folder'], /folder not found: no\/such\/folder/],
    ['a bad format', ['check', '--format', 'xml', '.'], /--format expects/],
    ['no subcommand', [], /expected a subcommand/],
    ['an unknown subcommand', ['fix', '.'], /unknown subcommand "fix"/],
  ] as const) {
    it(`exits 2 with usage for ${name}`, async () => {
      const io = fakeIO();
      assert.equal(await main(['packs', ...args], io), 2);
      assert.match(io.err, pattern);
      assert.match(io.err, /Usage:\n {2}kindly packs check/);
      assert.equal(io.out, '');
    });
  }

  it('prints usage for --help', async () => {
    const io = fakeIO();
    assert.equal(await main(['packs', '--help'], io), 0);
    assert.match(io.out, /--format text\|json/);
  });
});

describe('cli: kindly packs list', () => {
  it('lists the packs in a folder and the built-in pack', async () => {
    const dir = tempDir();
    try {
      writeTree(dir, { 'team/kindly-pack.json': manifest('team-pack'), 'team/templates/a.md': template('A', 'a'), 'node_modules/x/kindly-pack.json': manifest('hidden') });
      const io = fakeIO(dir);
      assert.equal(await main(['packs', 'list', '--format', 'json'], io), 0);
      const rows = JSON.parse(io.out) as Array<{ id: string; source: string; templates: number; root: string }>;
      assert.deepEqual(rows.map((r) => [r.id, r.source]), [['team-pack', 'workspace'], [rows[1].id, 'builtin']]);
      assert.equal(rows[0].templates, 1);
      assert.equal(rows[0].root, 'team');
      assert.equal(path.resolve(dir, rows[1].root), path.join(path.resolve(__dirname, '../../..'), 'snippets'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints a readable list', async () => {
    const io = fakeIO(FIXTURES);
    assert.equal(await main(['packs', 'list', 'good'], io), 0);
    assert.match(io.out, /^acme-support@1\.2\.0 {2}Acme Support {2}\[workspace\] good\n {4}en, hi: 3 templates, 1 article, 3 phrases, 2 rules\n/);
  });
});
