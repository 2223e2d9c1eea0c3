import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateKindly, closeAllEditors, openDraft, waitFor } from './helpers';

describe('Kindly in a real VS Code', () => {
  afterEach(closeAllEditors);

  it('activates and registers every command it contributes', async () => {
    const api = await activateKindly();
    assert.ok(api.packs, 'activate() returns the services API');
    const ext = vscode.extensions.getExtension('kindly.kindly')!;
    const manifest = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8'));
    const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], 'every contributed command is registered');
  });

  it('"Insert Greeting" inserts the chosen greeting, and one undo removes it', async () => {
    const api = await activateKindly();
    await api.packs.ready;
    const greeting = api.packs.phrases.find((p) => p.kind === 'greeting' && p.lang === 'en');
    assert.ok(greeting, 'the built-in pack has an English greeting');
    const editor = await openDraft('Body of the reply.\n');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const before = editor.document.getText();
    const done = vscode.commands.executeCommand('kindly.insertGreeting');
    // Accept the QuickPick's first item as a user pressing Enter would, once it is showing.
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return editor.document.getText() !== before;
    }, 'the greeting to be inserted');
    await done;
    const text = editor.document.getText();
    assert.ok(text.endsWith('Body of the reply.\n'), 'the draft text after the cursor is kept');
    const insertedText = text.slice(0, text.length - before.length);
    // The QuickPick offers the draft's language (English here) first.
    const firstGreeting = greeting;
    const literal = firstGreeting.text.split(/\{\{[^}]*\}\}/).filter(Boolean);
    for (const part of literal) assert.ok(insertedText.includes(part), `inserted text contains "${part}"`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before, 'one undo restores the draft');
  });

  it('resolves the sidebar view', async () => {
    const api = await activateKindly();
    await vscode.commands.executeCommand('kindly.openSidebar');
    await waitFor(() => api.sidebar.isResolved, 'the Kindly sidebar to resolve');
  });
});
