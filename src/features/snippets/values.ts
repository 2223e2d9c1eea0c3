// Placeholder values for a draft, gathered from every source in order: the draft's header, values typed for
// this draft earlier, settings (`kindly.agent.name`, `kindly.company.name`), then the pack's manifest
// defaults. The pure resolution is core's `resolveValues`; this adapter only collects the sources.
import type * as vscode from 'vscode';
import { draftLanguage } from '../../core/drafts/language';
import { parseDraftHeader, type DraftHeader } from '../../core/drafts/header';
import { knownFieldsOf } from '../../core/packs/manifest';
import type { PackManifest } from '../../core/packs/schema';
import { BUILTIN_FIELDS } from '../../core/placeholders/parse';
import { resolveValues, type PlaceholderValues } from '../../core/placeholders/values';
import { readSettings } from '../../settings';
import type { PackService } from '../packs/packService';
import type { SnippetState } from './state';

export interface DraftContext {
  header: DraftHeader;
  /** The draft's language: header `lang`, else detected from the text, else `kindly.defaultLanguage`. */
  lang: string;
  channel?: string;
}

export function draftContext(document: vscode.TextDocument): DraftContext {
  const text = document.getText();
  const { header } = parseDraftHeader(text);
  const lang = draftLanguage(text, readSettings(document.uri).defaultLanguage);
  const channel = header.channel?.trim().toLowerCase() || undefined;
  return { header, lang, channel };
}

export interface PackContext {
  knownFields: ReadonlySet<string>;
  /** Company name from the item's own pack, else from the highest pack that declares one. */
  companyName?: string;
  /** Descriptions of extra fields the pack declares (for prompts). */
  fieldDescriptions: Record<string, string | undefined>;
}

export function packContext(packs: PackService, packId: string | undefined): PackContext {
  const manifests = packs.manifests();
  const own: PackManifest | undefined = manifests.find((m) => m.id === packId)?.manifest;
  const companyName = own?.company?.name ?? manifests.find((m) => m.manifest.company?.name)?.manifest.company?.name;
  const fieldDescriptions: Record<string, string | undefined> = {};
  for (const [name, spec] of Object.entries(own?.placeholders ?? {})) fieldDescriptions[name] = spec.description;
  return { knownFields: own ? knownFieldsOf(own) : new Set<string>(BUILTIN_FIELDS), companyName, fieldDescriptions };
}

export interface ValueOptions {
  packs: PackService;
  state: SnippetState;
  packId?: string;
  /** Language of the text being filled (its `{{date}}`, `{{time.greeting}}`); default: the draft's. */
  lang?: string;
}

export function valuesFor(document: vscode.TextDocument, options: ValueOptions): { values: PlaceholderValues; draft: DraftContext; pack: PackContext } {
  const draft = draftContext(document);
  const pack = packContext(options.packs, options.packId);
  const settings = readSettings(document.uri);
  const values = resolveValues({
    header: draft.header,
    remembered: options.state.remembered(document.uri),
    settings: { agentName: settings.agentName, companyName: settings.companyName },
    packDefaults: { companyName: pack.companyName },
    lang: options.lang ?? draft.lang,
  });
  return { values, draft, pack };
}
