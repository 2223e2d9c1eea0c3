// The one module that reads Kindly's settings. Everything else asks here, so a setting's name, default
// and type live in one place next to package.json's `contributes.configuration`.
import * as vscode from 'vscode';

export interface KindlySettings {
  agentName: string;
  companyName: string;
  defaultLanguage: 'en' | 'hi' | 'bn';
  /** Extra pack folders (absolute, `~/…`, or relative to a workspace folder). */
  packFolders: string[];
  /** Ids of packs that are turned off. */
  disabledPacks: string[];
  /** Language ids of documents treated as reply drafts (slash commands, keybindings, context menu). */
  draftLanguages: string[];
  /** Show https images in the sidebar preview (`kindly.preview.allowRemoteImages`); off by default. */
  previewAllowRemoteImages: boolean;
}

export function readSettings(scope?: vscode.ConfigurationScope): KindlySettings {
  const c = vscode.workspace.getConfiguration('kindly', scope);
  return {
    agentName: c.get<string>('agent.name', '').trim(),
    companyName: c.get<string>('company.name', '').trim(),
    defaultLanguage: c.get<'en' | 'hi' | 'bn'>('defaultLanguage', 'en'),
    packFolders: c.get<string[]>('packs', []).filter((s) => typeof s === 'string' && s.trim() !== ''),
    disabledPacks: c.get<string[]>('disabledPacks', []).filter((s) => typeof s === 'string'),
    draftLanguages: c.get<string[]>('draftLanguages', ['markdown', 'plaintext']).filter((s) => typeof s === 'string' && s.trim() !== ''),
    previewAllowRemoteImages: c.get<boolean>('preview.allowRemoteImages', false) === true,
  };
}

/** Fires `listener` when any `kindly.*` setting changes. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('kindly')) listener();
  });
}
