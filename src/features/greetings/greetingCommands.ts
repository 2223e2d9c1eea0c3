// "Kindly: Insert Greeting" — pick a greeting from the loaded packs and insert it at the cursor.
import * as vscode from 'vscode';
import type { Phrase } from '../../core/packs/model';
import type { PackService } from '../packs/packService';
import { readSettings } from '../../settings';
import { insertPhraseText } from './insertPhrase';

export interface PhrasePick extends vscode.QuickPickItem {
  phrase: Phrase;
}

export function lastTextEditor(): vscode.TextEditor | undefined {
  return vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
}

export function valuesFromSettings(): Record<string, string | undefined> {
  const s = readSettings();
  return { 'agent.name': s.agentName || undefined, 'company.name': s.companyName || undefined };
}

export async function insertPhrase(phrase: Phrase, editor = lastTextEditor()): Promise<boolean> {
  if (!editor) {
    void vscode.window.showInformationMessage('Kindly: open a draft first, then insert a greeting into it.');
    return false;
  }
  return insertPhraseText(editor, phrase.text, valuesFromSettings());
}

export async function pickAndInsertGreeting(packs: PackService): Promise<void> {
  await packs.ready;
  const items: PhrasePick[] = packs.phrases
    .filter((p) => p.kind === 'greeting')
    .map((p) => ({ label: p.title ?? p.id, description: p.lang, detail: p.text, phrase: p }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Kindly: Insert Greeting', placeHolder: 'Choose a greeting', matchOnDetail: true });
  if (picked) await insertPhrase(picked.phrase);
}
