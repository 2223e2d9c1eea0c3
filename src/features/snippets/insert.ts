// The one way Kindly puts pack text into a document: commands, slash completions and the sidebar all come
// here. Values come from the draft (see values.ts), missing ones are asked for (prompts.ts), and the result
// is inserted as a VS Code snippet (everything from the pack escaped, tabstops for what is still unknown):
// one undo step, replacing the selection, at every cursor, never inside the draft's header, and never over
// text the agent typed while a prompt was open.
import * as vscode from 'vscode';
import { parseDraftHeader } from '../../core/drafts/header';
import type { Phrase, Template } from '../../core/packs/model';
import { fillText } from '../../core/placeholders/fill';
import type { Services } from '../../services';
import { askField, fieldToAsk } from './prompts';
import type { SnippetKind } from './state';
import { valuesFor } from './values';

/** What the insertion path needs from the running extension. */
export type SnippetServices = Pick<Services, 'packs' | 'snippets'>;

export interface InsertOptions {
  services: SnippetServices;
  /** Pack the text comes from: its declared placeholders and its company default apply. */
  packId?: string;
  /** Language of the text, for `{{date}}`, `{{time.greeting}}` and first names; default: the draft's. */
  lang?: string;
  /** Ask for missing values (default true). With false, what is missing becomes tabstops straight away. */
  prompt?: boolean;
  /** Recorded as recently used once inserted. */
  recent?: { kind: SnippetKind; id: string };
}

/** The editor snippets go into: the active one, else (focus in a view such as the sidebar) the first visible. */
export function targetEditor(): vscode.TextEditor | undefined {
  return vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
}

/**
 * Fills `text` (pack text with `{{placeholders}}`) for `editor`'s draft and inserts it at every selection.
 * Resolves to true when the text was inserted.
 */
export async function insertPackText(editor: vscode.TextEditor, text: string, options: InsertOptions): Promise<boolean> {
  const { packs, snippets: state } = options.services;
  const document = editor.document;
  const versionAtStart = document.version;
  const valueOptions = { packs, state, packId: options.packId, lang: options.lang };
  let { values, pack } = valuesFor(document, valueOptions);

  if (options.prompt !== false) {
    const asked = new Set<string>();
    for (;;) {
      const { missing } = fillText(text, values, { knownFields: pack.knownFields });
      const field = missing.map((m) => fieldToAsk(m, values)).find((f): f is string => f !== undefined && !asked.has(f));
      if (!field) break;
      asked.add(field);
      state.prompting = field;
      const answer = await askField(field, pack.fieldDescriptions[field]).finally(() => { state.prompting = undefined; });
      if (answer === 'cancel') break;
      if (answer === 'skip') continue;
      await state.remember(document.uri, field, answer.value);
      ({ values, pack } = valuesFor(document, valueOptions));
    }
  }

  if (document.isClosed) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Kindly: the draft was closed before the text could be inserted.'));
    return false;
  }
  // The draft may have changed while a prompt was open (its header too): read it again.
  ({ values, pack } = valuesFor(document, valueOptions));
  const filled = fillText(text, values, { knownFields: pack.knownFields });
  const target = await liveEditor(editor);
  const { ranges, prefix, suffix } = insertionRanges(target, document.version !== versionAtStart);
  const snippet = new vscode.SnippetString(prefix + filled.snippet + suffix);
  const inserted = await target.insertSnippet(snippet, ranges, { undoStopBefore: true, undoStopAfter: true });
  if (inserted && options.recent) await state.markUsed(options.recent.kind, options.recent.id);
  return inserted;
}

/** Inserts a greeting or closing through the one insertion path. */
export async function insertPhrase(services: SnippetServices, phrase: Phrase, editor = targetEditor()): Promise<boolean> {
  if (!editor) return noEditor(phrase.kind);
  return insertPackText(editor, phrase.text, {
    services, packId: phrase.origin.packId, lang: phrase.lang, recent: { kind: phrase.kind, id: phrase.id },
  });
}

/** Inserts a reply template's body through the one insertion path. */
export async function insertTemplate(services: SnippetServices, template: Template, editor = targetEditor()): Promise<boolean> {
  if (!editor) return noEditor('template');
  return insertPackText(editor, template.body, {
    services, packId: template.origin.packId, lang: template.lang, recent: { kind: 'template', id: template.id },
  });
}

/** "Kindly: open a draft first, then insert a … into it." */
export function openDraftFirstMessage(kind: string): string {
  return kind === 'greeting' ? vscode.l10n.t('Kindly: open a draft first, then insert a greeting into it.')
    : kind === 'closing' ? vscode.l10n.t('Kindly: open a draft first, then insert a closing into it.')
      : kind === 'article' ? vscode.l10n.t('Kindly: open a draft first, then insert an article into it.')
        : vscode.l10n.t('Kindly: open a draft first, then insert a template into it.');
}

function noEditor(what: string): false {
  void vscode.window.showInformationMessage(openDraftFirstMessage(what));
  return false;
}

/** `editor` if it is still showing; else another editor showing its document; else the document shown again. */
async function liveEditor(editor: vscode.TextEditor): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors;
  if (visible.includes(editor)) return editor;
  return visible.find((e) => e.document === editor.document)
    ?? vscode.window.showTextDocument(editor.document, { preserveFocus: false });
}

/**
 * Where to insert: every selection (replacing selected text), except that a cursor inside the front-matter
 * header moves to the start of the body, and after the document changed under an open prompt only the
 * cursors are used (a selection made before may now cover the agent's new text, so nothing is replaced).
 */
export function insertionRanges(editor: vscode.TextEditor, documentChanged: boolean): { ranges: vscode.Range[]; prefix: string; suffix: string } {
  const document = editor.document;
  const text = document.getText();
  const header = parseDraftHeader(text);
  let movedToBody = false;
  const ranges: vscode.Range[] = [];
  for (const selection of editor.selections) {
    let range: vscode.Range = documentChanged ? new vscode.Range(selection.active, selection.active) : selection;
    if (header.range && document.offsetAt(range.start) <= header.range.end) {
      const body = document.positionAt(header.bodyStart);
      range = new vscode.Range(body, body);
      movedToBody = true;
    }
    if (!ranges.some((r) => r.isEqual(range))) ranges.push(range); // several cursors in the header: one insertion
  }
  let prefix = '';
  let suffix = '';
  if (movedToBody && ranges.length === 1 && header.range) {
    // A header closed at the very end of the file: start the body on a new line.
    if (header.bodyStart === header.range.end) prefix = '\n';
    // Text already at the start of the body stays its own paragraph after the inserted text.
    else if (document.lineAt(ranges[0].start.line).text.trim() !== '') suffix = '\n\n';
  }
  return { ranges, prefix, suffix };
}
