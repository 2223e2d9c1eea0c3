// Slash commands: `/` at the start of a line in a draft offers greetings, closings and templates, like a
// helpdesk's macros. `/` is a trigger character, so this works in Markdown although VS Code turns quick
// suggestions off there.
//
// Accepting an item removes the typed `/query` and runs the matching insert command with the item's id, so
// the text goes through the one insertion path (insert.ts): values from the header and from this draft,
// a prompt for what is still missing (Escape → tabstops), one undo step for the inserted text, recently
// used items first next time. The completion's documentation shows the filled text as it will be inserted.
import * as vscode from 'vscode';
import { parseDraftHeader } from '../../core/drafts/header';
import { slashContext } from '../../core/drafts/slash';
import { chooseAll, type SnippetItem } from './choose';
import type { SnippetServices } from './insert';
import { filledText } from './snippetCommands';
import { draftContext } from './values';

const COMMAND_FOR: Readonly<Record<SnippetItem['kind'], string>> = {
  greeting: 'kindly.insertGreeting',
  closing: 'kindly.insertClosing',
  template: 'kindly.insertTemplate',
};
const KIND_ICON: Readonly<Record<SnippetItem['kind'], vscode.CompletionItemKind>> = {
  greeting: vscode.CompletionItemKind.Snippet,
  closing: vscode.CompletionItemKind.Snippet,
  template: vscode.CompletionItemKind.File,
};

/** The slash command's name for an item: its id, prefixed with its kind when the id does not say it. */
export function slashName(item: Pick<SnippetItem, 'kind' | 'id'>): string {
  return item.id.startsWith(`${item.kind}-`) || item.id.startsWith(`${item.kind}s/`) ? item.id : `${item.kind}-${item.id}`;
}

export class SlashCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly services: SnippetServices) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const line = document.lineAt(position.line).text;
    const slash = slashContext(line, position.character);
    if (!slash) return undefined;
    const header = parseDraftHeader(document.getText());
    if (header.range && document.offsetAt(position) <= header.range.end) return undefined; // never inside the header
    const range = new vscode.Range(position.line, slash.replaceStart, position.line, position.character);
    const { packs, snippets } = this.services;
    await packs.ready;
    const items = chooseAll(packs.phrases, packs.templates, draftContext(document), snippets);
    return items.map((item, index) => {
      const name = `/${slashName(item)}`;
      const completion = new vscode.CompletionItem({ label: name, description: item.title }, KIND_ICON[item.kind]);
      completion.detail = item.kind === 'greeting' ? vscode.l10n.t('Kindly greeting: {0}', item.title)
        : item.kind === 'closing' ? vscode.l10n.t('Kindly closing: {0}', item.title) : vscode.l10n.t('Kindly template: {0}', item.title);
      completion.documentation = new vscode.MarkdownString().appendText(filledText(this.services, document, item));
      // Typing "/thank" finds "Thank you …" titles as well as ids.
      completion.filterText = `${name} /${item.title}`;
      completion.sortText = String(index).padStart(5, '0');
      completion.range = range;
      completion.insertText = '';
      completion.command = { command: COMMAND_FOR[item.kind], title: vscode.l10n.t('Insert'), arguments: [{ id: item.id }] };
      return completion;
    });
  }
}
