// "Kindly: Insert Greeting / Insert Closing / Insert Template", "Kindly: New Reply Draft" and
// "Kindly: Set Customer Name". Each takes optional arguments so keybindings, other extensions and tests can
// skip the UI: `{ id, prompt? }` for the insert commands, `{ customerName, channel, lang }` for a new draft,
// a name (or `{ name }`) for the customer name. Without arguments they ask.
import * as vscode from 'vscode';
import { parseDraftHeader, setHeaderFields } from '../../core/drafts/header';
import { buildNewDraft, pickPhrase } from '../../core/drafts/newDraft';
import { normaliseLanguage } from '../../core/drafts/language';
import { CHANNELS } from '../../core/packs/schema';
import { fillText } from '../../core/placeholders/fill';
import { resolveValues } from '../../core/placeholders/values';
import { readSettings } from '../../settings';
import { choosePhrases, chooseTemplates, phraseItem, templateItem, type SnippetItem } from './choose';
import { insertPackText, insertPhrase, insertTemplate, targetEditor, type SnippetServices } from './insert';
import type { SnippetKind } from './state';
import { draftContext, packContext, valuesFor } from './values';

export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', hi: 'Hindi (हिन्दी)', bn: 'Bengali (বাংলা)' };
const CHANNEL_LABELS: Readonly<Record<string, string>> = { email: 'Email', chat: 'Chat', social: 'Social media', 'phone-script': 'Phone script' };
const KIND_LABELS: Readonly<Record<SnippetKind, string>> = { greeting: 'Greeting', closing: 'Closing', template: 'Template' };

interface InsertArgs { id?: string; prompt?: boolean }

function insertArgs(args: unknown): InsertArgs {
  if (typeof args === 'string') return { id: args };
  if (!args || typeof args !== 'object') return {};
  const a = args as Record<string, unknown>;
  return { id: typeof a.id === 'string' ? a.id : undefined, prompt: typeof a.prompt === 'boolean' ? a.prompt : undefined };
}

/** "Kindly: Insert Greeting" / "Kindly: Insert Closing" / "Kindly: Insert Template". */
export async function insertCommand(services: SnippetServices, kind: SnippetKind, args?: unknown): Promise<boolean> {
  await services.packs.ready;
  const editor = targetEditor();
  if (!editor) {
    void vscode.window.showInformationMessage(`Kindly: open a draft first, then insert a ${kind} into it.`);
    return false;
  }
  const { id, prompt } = insertArgs(args);
  let item: SnippetItem | undefined;
  if (id !== undefined) {
    item = kind === 'template'
      ? mapDefined(services.packs.templates.find((t) => t.id === id), templateItem)
      : mapDefined(services.packs.phrases.find((p) => p.kind === kind && p.id === id), phraseItem);
    if (!item) throw new Error(`there is no ${kind} with the id "${id}"`);
  } else {
    item = await pickItem(services, kind, editor);
    if (!item) return false;
  }
  if (prompt === false) {
    return insertPackText(editor, item.text, { services, packId: item.packId, lang: item.lang, prompt: false, recent: { kind, id: item.id } });
  }
  return item.kind === 'template' ? insertTemplate(services, item.template, editor) : insertPhrase(services, item.phrase, editor);
}

interface ItemPick extends vscode.QuickPickItem { item?: SnippetItem; showAll?: true }

/** The QuickPick: items for the draft's language and channel, most recently used first, with a preview. */
async function pickItem(services: SnippetServices, kind: SnippetKind, editor: vscode.TextEditor): Promise<SnippetItem | undefined> {
  const draft = draftContext(editor.document);
  const recent = new Set(services.snippets.recent(kind));
  let allLanguages = false;
  for (;;) {
    const list: SnippetItem[] = kind === 'template'
      ? chooseTemplates(services.packs.templates, draft, services.snippets, { allLanguages }).map(templateItem)
      : choosePhrases(services.packs.phrases, kind, draft, services.snippets, { allLanguages }).map(phraseItem);
    const picks: ItemPick[] = [];
    const recentCount = list.filter((i) => recent.has(i.id)).length;
    list.forEach((item, index) => {
      if (index === 0 && recentCount > 0) picks.push({ label: 'recently used', kind: vscode.QuickPickItemKind.Separator });
      if (index === recentCount && recentCount > 0) picks.push({ label: allLanguages ? 'all languages' : `${KIND_LABELS[kind].toLowerCase()}s`, kind: vscode.QuickPickItemKind.Separator });
      picks.push({
        label: item.title,
        description: [LANGUAGE_NAMES[item.lang] ?? item.lang, CHANNEL_LABELS[item.channel] ?? (item.channel === 'any' ? 'any channel' : item.channel), item.packId === 'kindly-builtin' ? undefined : item.packId]
          .filter(Boolean).join(' · '),
        detail: preview(services, editor.document, item),
        item,
      });
    });
    if (!allLanguages) {
      picks.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
      picks.push({ label: '$(globe) Show all languages', description: `not just ${LANGUAGE_NAMES[draft.lang] ?? draft.lang}`, showAll: true, alwaysShow: true });
    }
    const where = [LANGUAGE_NAMES[draft.lang] ?? draft.lang, draft.channel ? CHANNEL_LABELS[draft.channel] ?? draft.channel : undefined].filter(Boolean).join(', ');
    const picked = await vscode.window.showQuickPick(picks, {
      title: `Kindly: Insert ${KIND_LABELS[kind]}`,
      placeHolder: list.length > 0
        ? `Choose a ${kind}${allLanguages ? '' : ` for this draft (${where})`}; type to filter`
        : `No ${kind}s for this draft (${where}): choose "Show all languages"`,
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    if (picked.showAll) { allLanguages = true; continue; }
    return picked.item;
  }
}

/** The item's text as it would be inserted into `document` now: values filled, fallbacks for the rest. */
export function filledText(services: SnippetServices, document: vscode.TextDocument, item: SnippetItem): string {
  const { values, pack } = valuesFor(document, { packs: services.packs, state: services.snippets, packId: item.packId, lang: item.lang });
  return fillText(item.text, values, { knownFields: pack.knownFields }).text;
}

/** `filledText` on one line, shortened to `maxLength`. */
export function preview(services: SnippetServices, document: vscode.TextDocument, item: SnippetItem, maxLength = 200): string {
  const text = filledText(services, document, item).replace(/\s+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

export interface NewDraftArgs { customerName?: string; channel?: string; lang?: string }

/** "Kindly: New Reply Draft": header, greeting, the cursor where the agent writes, closing. Returns the new draft's URI. */
export async function newReplyDraft(services: SnippetServices, args?: unknown): Promise<vscode.Uri | undefined> {
  await services.packs.ready;
  const settings = readSettings();
  const given = args && typeof args === 'object' ? (args as Record<string, unknown>) : undefined;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  let customerName: string | undefined;
  let channel: string | undefined;
  let lang: string | undefined;
  if (given) {
    customerName = str(given.customerName);
    channel = str(given.channel);
    lang = normaliseLanguage(str(given.lang));
  } else {
    customerName = str(await vscode.window.showInputBox({
      title: 'Kindly: New Reply Draft (1/3) — customer name',
      prompt: 'The customer\'s name for the greeting and closing. Press Enter with no name, or Escape, to skip.',
      placeHolder: 'e.g. Priya Sharma',
    }));
    const channelPick = await vscode.window.showQuickPick(
      [...CHANNELS.map((c) => ({ label: CHANNEL_LABELS[c] ?? c, value: c as string | undefined })), { label: 'Skip', description: 'no channel', value: undefined }],
      { title: 'Kindly: New Reply Draft (2/3) — channel', placeHolder: 'Where does this reply go? (Escape to skip)' },
    );
    channel = channelPick?.value;
    const languages = draftLanguages(services, settings.defaultLanguage);
    const langPick = await vscode.window.showQuickPick(
      languages.map((l) => ({ label: LANGUAGE_NAMES[l] ?? l, description: l === settings.defaultLanguage ? `${l} · default` : l, value: l })),
      { title: 'Kindly: New Reply Draft (3/3) — language', placeHolder: `Language of the reply (Escape for ${LANGUAGE_NAMES[settings.defaultLanguage] ?? settings.defaultLanguage})` },
    );
    lang = langPick?.value;
  }
  lang ??= settings.defaultLanguage;
  if (channel && !(CHANNELS as readonly string[]).includes(channel)) throw new Error(`unknown channel "${channel}": expected one of ${CHANNELS.join(', ')}`);

  const now = new Date();
  const greeting = pickPhrase(services.packs.phrases, { kind: 'greeting', lang, channel, now });
  const closing = pickPhrase(services.packs.phrases, { kind: 'closing', lang, channel, now });
  const greetingPack = packContext(services.packs, greeting?.origin.packId);
  const closingPack = packContext(services.packs, closing?.origin.packId);
  const values = resolveValues({
    header: { customer: customerName, channel, lang },
    settings: { agentName: settings.agentName, companyName: settings.companyName },
    packDefaults: { companyName: greetingPack.companyName },
    lang,
    now,
  });
  const draft = buildNewDraft({
    customerName, channel, lang, values,
    greeting: greeting?.text ?? '',
    closing: closing?.text ?? '',
    knownFields: new Set([...greetingPack.knownFields, ...closingPack.knownFields]),
  });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(draft.snippet), new vscode.Position(0, 0));
  if (greeting) await services.snippets.markUsed('greeting', greeting.id);
  if (closing) await services.snippets.markUsed('closing', closing.id);
  if (!greeting || !closing) {
    void vscode.window.showWarningMessage(`Kindly: no ${!greeting ? 'greeting' : 'closing'} is available in ${LANGUAGE_NAMES[lang] ?? lang}${channel ? ` for ${channel}` : ''}.`);
  }
  return document.uri;
}

/** Languages offered for a new draft: the configured default first, then those the loaded phrases are in. */
function draftLanguages(services: SnippetServices, defaultLanguage: string): string[] {
  const langs = new Set<string>([defaultLanguage, 'en', 'hi', 'bn']);
  for (const p of services.packs.phrases) langs.add(p.lang);
  return [...langs];
}

/** "Kindly: Set Customer Name": writes or updates `customer:` in the draft's header, as one edit. */
export async function setCustomerName(services: SnippetServices, args?: unknown): Promise<boolean> {
  const editor = targetEditor();
  if (!editor) {
    void vscode.window.showInformationMessage('Kindly: open a draft first, then set its customer name.');
    return false;
  }
  const document = editor.document;
  let name: string | undefined = typeof args === 'string' ? args
    : args && typeof args === 'object' && typeof (args as { name?: unknown }).name === 'string' ? (args as { name: string }).name : undefined;
  if (name === undefined) {
    const current = parseDraftHeader(document.getText()).header.customer ?? services.snippets.remembered(document.uri)['customer.name'];
    name = await vscode.window.showInputBox({
      title: 'Kindly: Set Customer Name',
      prompt: 'Written to the draft\'s header as "customer:"; greetings and closings use it. Leave empty to remove it.',
      placeHolder: 'e.g. Priya Sharma',
      value: current,
      validateInput: (v) => (/[\r\n]/.test(v) ? 'One line only' : undefined),
    });
    if (name === undefined) return false;
  }
  if (document.isClosed) return false;
  const value = name.trim();
  const edit = setHeaderFields(document.getText(), { customer: value === '' ? undefined : value });
  if (value !== '') await services.snippets.remember(document.uri, 'customer.name', value);
  if (edit.start === edit.end && edit.newText === '') return true;
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
  return vscode.workspace.applyEdit(workspaceEdit);
}

function mapDefined<T, U>(value: T | undefined, f: (v: T) => U): U | undefined {
  return value === undefined ? undefined : f(value);
}
