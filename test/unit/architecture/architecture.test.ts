import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMAND_IDS } from '../../../src/commandIds';

const root = path.resolve(__dirname, '../../..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

describe('architecture', () => {
  it('src/core never imports vscode, directly or through another module', () => {
    const offenders: string[] = [];
    for (const file of filesUnder(path.join(root, 'src/core'))) {
      const text = fs.readFileSync(file, 'utf8');
      if (/\bfrom\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)|import\(\s*['"]vscode['"]\s*\)/.test(text)) offenders.push(path.relative(root, file));
      // Core may only import core, node built-ins and packages — never the host-side folders.
      for (const m of text.matchAll(/from\s+['"](\.[^'"]+)['"]/g)) {
        const target = path.resolve(path.dirname(file), m[1]);
        if (!target.startsWith(path.join(root, 'src/core'))) offenders.push(`${path.relative(root, file)} → ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the command table matches the commands package.json contributes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual([...COMMAND_IDS].sort(), contributed);
    for (const c of manifest.contributes.commands) {
      assert.equal(c.category, 'Kindly', `${c.command} is in the Kindly category`);
      assert.match(c.command, /^kindly\.[a-z][A-Za-z.]*$/);
    }
  });

  it('src/commands.ts gives every id a handler in one table', () => {
    const text = fs.readFileSync(path.join(root, 'src/commands.ts'), 'utf8');
    for (const id of COMMAND_IDS) assert.ok(text.includes(`'${id}':`), `${id} has a handler in src/commands.ts`);
  });

  it('every setting is read through src/settings.ts', () => {
    const offenders = filesUnder(path.join(root, 'src'))
      .filter((f) => !f.endsWith(path.join('src', 'settings.ts')))
      .filter((f) => /getConfiguration\(\s*['"]kindly/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    assert.deepEqual(offenders, []);
  });

  it('the manifest activates lazily and declares the CLI', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.ok(!manifest.activationEvents.includes('*'), 'no eager activation');
    assert.equal(manifest.bin.kindly, './bin/kindly.js');
    assert.equal(manifest.main, './dist/extension.js');
  });
});
