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
import { insertPackText, insertPhrase, insertTemplate, openDraftFirstMessage, targetEditor, type SnippetServices } from './insert';
import type { SnippetKind } from './state';
import { draftContext, packContext, valuesFor } from './values';

// Labels are looked up when shown (not at module load), so they use the display language's bundle.
export function languageName(lang: string): string {
  switch (lang) {
    case 'en': return vscode.l10n.t('English');
    case 'hi': return vscode.l10n.t('Hindi (हिन्दी)');
    case 'bn': return vscode.l10n.t('Bengali (বাংলা)');
    default: return lang;
  }
}
function channelLabel(channel: string): string {
  switch (channel) {
    case 'email': return vscode.l10n.t('Email');
    case 'chat': return vscode.l10n.t('Chat');
    case 'social': return vscode.l10n.t('Social media');
    case 'phone-script': return vscode.l10n.t('Phone script');
    default: return channel;
  }
}
function insertTitle(kind: SnippetKind): string {
  return kind === 'greeting' ? vscode.l10n.t('Kindly: Insert Greeting')
    : kind === 'closing' ? vscode.l10n.t('Kindly: Insert Closing') : vscode.l10n.t('Kindly: Insert Template');
}
function kindPlural(kind: SnippetKind): string {
  return kind === 'greeting' ? vscode.l10n.t('greetings') : kind === 'closing' ? vscode.l10n.t('closings') : vscode.l10n.t('templates');
}
function pickPlaceholder(kind: SnippetKind, found: boolean, allLanguages: boolean, where: string): string {
  if (!found) {
    return kind === 'greeting' ? vscode.l10n.t('No greetings for this draft ({0}): choose "Show all languages"', where)
      : kind === 'closing' ? vscode.l10n.t('No closings for this draft ({0}): choose "Show all languages"', where)
        : vscode.l10n.t('No templates for this draft ({0}): choose "Show all languages"', where);
  }
  if (allLanguages) {
    return kind === 'greeting' ? vscode.l10n.t('Choose a greeting; type to filter')
      : kind === 'closing' ? vscode.l10n.t('Choose a closing; type to filter') : vscode.l10n.t('Choose a template; type to filter');
  }
  return kind === 'greeting' ? vscode.l10n.t('Choose a greeting for this draft ({0}); type to filter', where)
    : kind === 'closing' ? vscode.l10n.t('Choose a closing for this draft ({0}); type to filter', where)
      : vscode.l10n.t('Choose a template for this draft ({0}); type to filter', where);
}

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
    void vscode.window.showInformationMessage(openDraftFirstMessage(kind));
    return false;
  }
  const { id, prompt } = insertArgs(args);
  let item: SnippetItem | undefined;
  if (id !== undefined) {
    item = kind === 'template'
      ? mapDefined(services.packs.templates.find((t) => t.id === id), templateItem)
      : mapDefined(services.packs.phrases.find((p) => p.kind === kind && p.id === id), phraseItem);
    if (!item) {
      throw new Error(kind === 'greeting' ? vscode.l10n.t('there is no greeting with the id "{0}"', id)
        : kind === 'closing' ? vscode.l10n.t('there is no closing with the id "{0}"', id) : vscode.l10n.t('there is no template with the id "{0}"', id));
    }
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
      if (index === 0 && recentCount > 0) picks.push({ label: vscode.l10n.t('recently used'), kind: vscode.QuickPickItemKind.Separator });
      if (index === recentCount && recentCount > 0) picks.push({ label: allLanguages ? vscode.l10n.t('all languages') : kindPlural(kind), kind: vscode.QuickPickItemKind.Separator });
      picks.push({
        label: item.title,
        description: [languageName(item.lang), item.channel === 'any' ? vscode.l10n.t('any channel') : channelLabel(item.channel), item.packId === 'kindly-builtin' ? undefined : item.packId]
          .filter(Boolean).join(' · '),
        detail: preview(services, editor.document, item),
        item,
      });
    });
    if (!allLanguages) {
      picks.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
      picks.push({ label: `$(globe) ${vscode.l10n.t('Show all languages')}`, description: vscode.l10n.t('not just {0}', languageName(draft.lang)), showAll: true, alwaysShow: true });
    }
    const where = [languageName(draft.lang), draft.channel ? channelLabel(draft.channel) : undefined].filter(Boolean).join(', ');
    const picked = await vscode.window.showQuickPick(picks, {
      title: insertTitle(kind),
      placeHolder: pickPlaceholder(kind, list.length > 0, allLanguages, where),
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
      title: vscode.l10n.t('Kindly: New Reply Draft (1/3) — customer name'),
      prompt: vscode.l10n.t('The customer\'s name for the greeting and closing. Press Enter with no name, or Escape, to skip.'),
      placeHolder: vscode.l10n.t('e.g. Priya Sharma'),
    }));
    const channelPick = await vscode.window.showQuickPick(
      [...CHANNELS.map((c) => ({ label: channelLabel(c), value: c as string | undefined })), { label: vscode.l10n.t('Skip'), description: vscode.l10n.t('no channel'), value: undefined }],
      { title: vscode.l10n.t('Kindly: New Reply Draft (2/3) — channel'), placeHolder: vscode.l10n.t('Where does this reply go? (Escape to skip)') },
    );
    channel = channelPick?.value;
    const languages = draftLanguages(services, settings.defaultLanguage);
    const langPick = await vscode.window.showQuickPick(
      languages.map((l) => ({ label: languageName(l), description: l === settings.defaultLanguage ? vscode.l10n.t('{0} · default', l) : l, value: l })),
      { title: vscode.l10n.t('Kindly: New Reply Draft (3/3) — language'), placeHolder: vscode.l10n.t('Language of the reply (Escape for {0})', languageName(settings.defaultLanguage)) },
    );
    lang = langPick?.value;
  }
  lang ??= settings.defaultLanguage;
  if (channel && !(CHANNELS as readonly string[]).includes(channel)) throw new Error(vscode.l10n.t('unknown channel "{0}": expected one of {1}', channel, CHANNELS.join(', ')));

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
    const language = languageName(lang);
    void vscode.window.showWarningMessage(!greeting
      ? (channel ? vscode.l10n.t('Kindly: no greeting is available in {0} for {1}.', language, channelLabel(channel)) : vscode.l10n.t('Kindly: no greeting is available in {0}.', language))
      : (channel ? vscode.l10n.t('Kindly: no closing is available in {0} for {1}.', language, channelLabel(channel)) : vscode.l10n.t('Kindly: no closing is available in {0}.', language)));
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
    void vscode.window.showInformationMessage(vscode.l10n.t('Kindly: open a draft first, then set its customer name.'));
    return false;
  }
  const document = editor.document;
  let name: string | undefined = typeof args === 'string' ? args
    : args && typeof args === 'object' && typeof (args as { name?: unknown }).name === 'string' ? (args as { name: string }).name : undefined;
  if (name === undefined) {
    const current = parseDraftHeader(document.getText()).header.customer ?? services.snippets.remembered(document.uri)['customer.name'];
    name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Kindly: Set Customer Name'),
      prompt: vscode.l10n.t('Written to the draft\'s header as "customer:"; greetings and closings use it. Leave empty to remove it.'),
      placeHolder: vscode.l10n.t('e.g. Priya Sharma'),
      value: current,
      validateInput: (v) => (/[\r\n]/.test(v) ? vscode.l10n.t('One line only') : undefined),
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
