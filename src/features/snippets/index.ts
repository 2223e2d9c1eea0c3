// Registers the snippet features that are not commands (those are in src/commands.ts): slash completions
// in drafts, and the `kindly.isDraft` context key that keybindings and the editor context menu use.
import * as vscode from 'vscode';
import { onSettingsChanged, readSettings } from '../../settings';
import type { SnippetServices } from './insert';
import { SlashCompletionProvider } from './slashCompletions';

export { insertPackText, insertPhrase, insertTemplate } from './insert';

/** Context key: the active editor holds a reply draft (its language is in `kindly.draftLanguages`). */
export const IS_DRAFT_CONTEXT = 'kindly.isDraft';

export function registerSnippetFeatures(services: SnippetServices): vscode.Disposable {
  const provider = new SlashCompletionProvider(services);
  let registration: vscode.Disposable | undefined;
  const register = () => {
    registration?.dispose();
    const selector = readSettings().draftLanguages.map((language) => ({ language }));
    registration = vscode.languages.registerCompletionItemProvider(selector, provider, '/');
  };
  const updateContext = () => {
    const editor = vscode.window.activeTextEditor;
    const isDraft = !!editor && readSettings(editor.document.uri).draftLanguages.includes(editor.document.languageId);
    void vscode.commands.executeCommand('setContext', IS_DRAFT_CONTEXT, isDraft);
  };
  register();
  updateContext();
  const disposables = [
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    // Changing a document's language mode reopens it with the new language id.
    vscode.workspace.onDidOpenTextDocument((doc) => { if (doc === vscode.window.activeTextEditor?.document) updateContext(); }),
    onSettingsChanged(() => { register(); updateContext(); }),
  ];
  return new vscode.Disposable(() => {
    registration?.dispose();
    for (const d of disposables) d.dispose();
  });
}
