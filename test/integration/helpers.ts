// Shared helpers for extension-host tests: activate Kindly, open fixture files, poll for conditions.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KindlyApi } from '../../src/extension';

export const EXTENSION_ID = 'kindly.kindly';

export async function activateKindly(): Promise<KindlyApi> {
  const ext = vscode.extensions.getExtension<KindlyApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return ext.activate();
}

/** The temporary copy of test/fixtures/workspace that this run opened. */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open a workspace folder');
  return folder.uri.fsPath;
}

export function workspaceFile(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), ...parts));
}

/** Polls `check` until it returns a truthy value or the time-out passes (never a blind sleep). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/**
 * Opens an untitled draft holding exactly `content`. VS Code names untitled documents "Untitled-N" and reuses
 * a name once it is free; a new document that gets the name of one closed a moment ago can come up with that
 * document's hot-exit backup instead of `content` (the backup is discarded asynchronously). Then close it and
 * try again, so a test never runs on another test's text.
 */
export async function openDraft(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  for (let attempt = 1; ; attempt++) {
    const doc = await vscode.workspace.openTextDocument({ language, content });
    const editor = await vscode.window.showTextDocument(doc);
    if (doc.getText() === content) return editor;
    assert.ok(attempt < 5, `${doc.uri.toString()} keeps opening with a stale backup instead of the draft`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await new Promise((r) => setTimeout(r, 500 * attempt));
  }
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
