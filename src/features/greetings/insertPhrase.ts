// Inserts pack text into the editor as a real VS Code snippet: one undo step, tabstops for what is unknown.
import * as vscode from 'vscode';
import { parsePlaceholders } from '../../core/placeholders/parse';

const escapeSnippet = (s: string) => s.replace(/[\\$}]/g, (c) => `\\${c}`);

export function toSnippet(text: string, values: Record<string, string | undefined>): vscode.SnippetString {
  const { segments } = parsePlaceholders(text);
  const tabstops = new Map<string, number>();
  let out = '';
  for (const seg of segments) {
    if (seg.type === 'text') { out += escapeSnippet(seg.value); continue; }
    const value = values[seg.name];
    if (value) { out += escapeSnippet(value); continue; }
    let n = tabstops.get(seg.name);
    if (n === undefined) tabstops.set(seg.name, (n = tabstops.size + 1));
    out += `\${${n}:${escapeSnippet(seg.fallback ?? seg.name)}}`;
  }
  return new vscode.SnippetString(out);
}

export async function insertPhraseText(editor: vscode.TextEditor, text: string, values: Record<string, string | undefined>): Promise<boolean> {
  return editor.insertSnippet(toSnippet(text, values), editor.selections);
}
