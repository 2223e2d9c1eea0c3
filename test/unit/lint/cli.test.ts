import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { main } from '../../../src/cli/main';
import type { CliIO } from '../../../src/cli/io';
import { REPO } from './helpers';

const FIXTURES = path.join(REPO, 'test/fixtures/lint/dev/cli');

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, readStdin: async () => stdin,
    cwd: FIXTURES, builtinPackRoot: path.join(REPO, 'snippets'),
  };
  const code = await main(['lint', ...args], io);
  return { code, out, err };
}

describe('kindly lint (CLI)', () => {
  it('prints file:line:col severity message [rule] and exits 1 on errors', async () => {
    const r = await run(['drafts/reply.md']);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.match(lines[0], /^drafts\/reply\.md:1:1 error .+ \[placeholder\.empty-salutation\]$/);
    assert.ok(lines.some((l) => /^drafts\/reply\.md:3:15 warning .+ \[refusal\.cannot\.en\]$/.test(l)), r.out);
  });
  it('exits 0 for a clean draft', async () => {
    const r = await run(['drafts/clean.md']);
    assert.equal(r.code, 0, r.out + r.err);
  });
  it('expands ** globs and reads stdin as <stdin>', async () => {
    const r = await run(['drafts/**/*.txt', '-', '--format', 'json'], "We can't.");
    const rows = JSON.parse(r.out) as Array<Record<string, unknown>>;
    assert.deepEqual(rows.map((x) => x.file), [path.join('drafts', 'nested', 'hi.txt'), '<stdin>']);
  });
  it('skips pack folders inside a folder or glob, but lints a pack file named on its own', async () => {
    const files = (out: string) => (JSON.parse(out) as Array<{ file: string }>).map((x) => x.file);
    for (const input of ['drafts', 'drafts/**/*.md']) {
      const r = await run([input, '--format', 'json']);
      assert.ok(files(r.out).length > 0 && !files(r.out).some((f) => f.includes('team-pack')), `${input}: ${r.out}`);
    }
    const named = await run(['drafts/team-pack/templates/refusal.md', '--format', 'json']);
    assert.ok(files(named.out).length >= 2 && files(named.out).every((f) => f.includes('team-pack')), named.out);
  });
  it('--format json gives 1-based lines/columns and UTF-16 offsets', async () => {
    const r = await run(['-', '--format', 'json'], '😀 ok.\r\nWe cannot help.');
    const [row] = JSON.parse(r.out);
    assert.deepEqual(row, {
      file: '<stdin>', line: 2, column: 1, endLine: 2, endColumn: 10, offset: 8, endOffset: 17,
      ruleId: 'refusal.cannot.en', category: 'refusal', severity: 'warning', message: row.message, match: 'We cannot',
      rewrites: ['Here is what I can do:', 'What I can do is'],
    });
  });
  it('--max-warnings decides whether warnings fail', async () => {
    assert.equal((await run(['-'], "We can't.")).code, 1);
    assert.equal((await run(['-', '--max-warnings', '1'], "We can't.")).code, 0);
    assert.equal((await run(['-', '--max-warnings', '0'], "We can't.")).code, 1);
    assert.equal((await run(['-'], 'I will get back to you.')).code, 0, 'info does not count');
  });
  it('--format sarif is valid SARIF 2.1.0', async () => {
    const r = await run(['drafts/reply.md', '--format', 'sarif']);
    const log = JSON.parse(r.out) as { runs: Array<{ results: any[]; tool: { driver: { rules: Array<{ id: string }> } } }> };
    // The schema is draft-04 (no exclusiveMinimum/maximum booleans in it); Ajv 8 reads it once its draft-04
    // "$schema"/"id" keywords are mapped to today's.
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false }); // one schema pattern is not valid with the u flag
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(validate({ ...log, version: '2.0.0' }), false, 'the schema check can fail');
    const results = log.runs[0].results;
    assert.ok(results.length >= 3);
    assert.equal(results[0].locations[0].physicalLocation.region.startLine, 1);
    assert.ok(results.every((x: { ruleIndex: number; ruleId: string }) => log.runs[0].tool.driver.rules[x.ruleIndex].id === x.ruleId));
  });
  it('exits 2 on usage errors and on pack errors', async () => {
    assert.equal((await run(['--format', 'xml', '-'])).code, 2);
    assert.equal((await run(['missing.md'])).code, 2);
    assert.equal((await run(['--no-builtin', '-'])).code, 2);
    const bad = await run(['--pack', 'bad-pack', '-'], 'fine');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /bad-pack/);
  });
  it('--lang restricts the rules, --customer feeds the greeting check', async () => {
    const mixed = "We can't. हम नहीं कर सकते।";
    const hi = JSON.parse((await run(['-', '--format', 'json', '--lang', 'hi'], mixed)).out);
    assert.deepEqual(hi.map((x: { match: string }) => x.match), ['नहीं कर सकते']);
    const greet = JSON.parse((await run(['-', '--format', 'json', '--customer', 'Priya'], 'Hello there, thanks for contacting Acme.\n\nDone.\n\nThank you, Priya!')).out);
    assert.deepEqual(greet.map((x: { rewrites: string[] }) => x.rewrites[0]), ['Hello Priya']);
  });
});
