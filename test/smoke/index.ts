// Smoke test of the packaged extension: runs in a real VS Code where Kindly was installed from the .vsix
// (`--install-extension`), not loaded from the repository. Loaded as `extensionTestsPath`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface Api { packs: { ready: Promise<void>; templates: readonly { id: string }[]; phrases: readonly { id: string; kind: string; lang: string }[] } }

function suite(): void {
  describe('installed .vsix (smoke)', () => {
    it('is the installed copy, not the development folder', () => {
      const ext = vscode.extensions.getExtension('kindly.kindly');
      assert.ok(ext, 'Kindly is installed');
      const repo = process.env.KINDLY_REPO_ROOT!;
      assert.ok(!ext.extensionPath.startsWith(repo + path.sep) && ext.extensionPath !== repo, `loaded from ${ext.extensionPath}`);
      assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist/extension.js')), 'the bundle is packaged');
      assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'src')), 'sources are not packaged');
      assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'node_modules')), 'node_modules are not packaged');
    });

    it('activates, loads the built-in pack and inserts a greeting', async () => {
      const ext = vscode.extensions.getExtension<Api>('kindly.kindly')!;
      const api = await ext.activate();
      await api.packs.ready;
      assert.ok(api.packs.templates.length >= 60, `built-in templates load (${api.packs.templates.length})`);
      const greeting = api.packs.phrases.find((p) => p.kind === 'greeting' && p.lang === 'en');
      assert.ok(greeting);
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ncustomer: Priya Sharma\n---\n\n' });
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(4, 0, 4, 0);
      await vscode.commands.executeCommand('kindly.insertGreeting', { id: greeting.id, prompt: false });
      assert.match(doc.getText(), /Priya/, 'the greeting uses the name from the header');
    });
  });
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: 'spec', color: false });
  const reportFile = process.env.KINDLY_TEST_REPORT;
  if (reportFile) {
    const original = Mocha.reporters.Base.consoleLog;
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => { fs.appendFileSync(reportFile, format(...args) + '\n'); original(...args); };
  }
  mocha.suite.emit('pre-require', globalThis, 'smoke', mocha);
  suite();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const result = process.env.KINDLY_TEST_RESULT;
      if (result) fs.writeFileSync(result, JSON.stringify({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0 }));
      if (failures) reject(new Error(`${failures} smoke test(s) failed`)); else resolve();
    });
  });
}
