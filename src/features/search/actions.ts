// What the sidebar and the palette search do with an item: insert it into the draft (through the one
// insertion path in src/features/snippets, so placeholders fill and it is one undo step), copy it with the
// draft's values filled in, or render a safe preview (sanitised HTML, placeholders filled from the draft).
import * as vscode from 'vscode';
import { renderMarkdown } from '../../core/markdown/render';
import { fillText } from '../../core/placeholders/fill';
import type { Services } from '../../services';
import { readSettings } from '../../settings';
import { insertPackText, insertPhrase, insertTemplate } from '../snippets';
import { openDraftFirstMessage, targetEditor } from '../snippets/insert';
import { valuesFor } from '../snippets/values';
import { isPhraseItem } from './listing';
import type { ListItem, ListKind } from './searchService';

export type SearchServices = Pick<Services, 'packs' | 'snippets' | 'search'>;

/** Inserts the item into the active draft; resolves to true when it was inserted. */
export async function insertItem(services: SearchServices, kind: ListKind, id: string): Promise<boolean> {
  const item = services.search.item(kind, id);
  if (!item) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Kindly: that item is no longer in any pack.'));
    return false;
  }
  const editor = targetEditor();
  let inserted: boolean;
  if (item.kind === 'template') inserted = await insertTemplate(services, item, editor);
  else if (item.kind === 'article') {
    if (!editor) {
      void vscode.window.showInformationMessage(openDraftFirstMessage('article'));
      return false;
    }
    // An article goes in as its Markdown body, filled like any pack text but without prompting.
    inserted = await insertPackText(editor, item.body, { services, packId: item.origin.packId, lang: item.lang, prompt: false });
  } else inserted = await insertPhrase(services, item, editor);
  if (inserted) {
    await services.search.markUsed(kind, id);
    // The agent carries on writing in the draft.
    const target = vscode.window.visibleTextEditors.find((e) => e.document === editor?.document);
    if (target) await vscode.window.showTextDocument(target.document, { viewColumn: target.viewColumn, preserveFocus: false });
  }
  return inserted;
}

/** The item's text with the active draft's values filled in (fallbacks where a value is missing). */
export function filledText(services: SearchServices, item: ListItem): string {
  const source = isPhraseItem(item) ? item.text : item.body;
  const editor = targetEditor();
  if (!editor) return fillText(source, {}).text;
  const { values, pack } = valuesFor(editor.document, { packs: services.packs, state: services.snippets, packId: item.origin.packId, lang: item.lang });
  return fillText(source, values, { knownFields: pack.knownFields }).text;
}

/** Copies the item (filled from the active draft) to the clipboard; returns the text copied. */
export async function copyItem(services: SearchServices, kind: ListKind, id: string): Promise<string | undefined> {
  const item = services.search.item(kind, id);
  if (!item) return undefined;
  const text = filledText(services, item);
  await vscode.env.clipboard.writeText(text);
  await services.search.markUsed(kind, id);
  return text;
}

export interface Preview {
  title: string;
  lang: string;
  packId: string;
  /** Sanitised HTML (src/core/markdown/render.ts): safe to set as innerHTML in the page. */
  html: string;
  note?: string;
}

/** A safe preview: templates and phrases with the draft's values filled in, articles as written. */
export function previewItem(services: SearchServices, kind: ListKind, id: string): Preview | undefined {
  const item = services.search.item(kind, id);
  if (!item) return undefined;
  const allowRemoteImages = readSettings().previewAllowRemoteImages;
  const markdown = item.kind === 'article' ? item.body : filledText(services, item);
  const note = item.kind !== 'article'
    ? (targetEditor() ? vscode.l10n.t('Filled with the values of the active draft.') : vscode.l10n.t('Open a draft to see its values filled in.'))
    : undefined;
  return {
    title: item.title ?? item.id,
    lang: item.lang,
    packId: item.origin.packId,
    html: renderMarkdown(markdown, { allowRemoteImages }),
    note,
  };
}
