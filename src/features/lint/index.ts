// Registers the linter's editor features that are not commands (those are in src/commands.ts).
import * as vscode from 'vscode';
import { LintCodeActionProvider } from './codeActions';
import type { LintService } from './lintService';

export { LintService } from './lintService';

/** Quick fixes in every file and untitled document; the provider itself only answers for drafts. */
export function registerLintFeatures(lint: LintService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    [{ scheme: 'file' }, { scheme: 'untitled' }], new LintCodeActionProvider(lint), LintCodeActionProvider.metadata);
}
