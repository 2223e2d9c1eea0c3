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
  /** The draft linter (`kindly.lint.*`). */
  lint: LintSettings;
  /** `kindly.send.blockOnWarnings`: warnings stop "Copy Reply for Sending" like errors do. */
  sendBlockOnWarnings: boolean;
}

export type LintSeveritySetting = 'error' | 'warning' | 'info' | 'hint' | 'off';

export interface LintSettings {
  enabled: boolean;
  /** Language ids of documents linted as you type. */
  languages: string[];
  /** Category → severity (`kindly.lint.severity`). */
  severity: Record<string, LintSeveritySetting>;
  /** Rule id → severity (`kindly.lint.rules`); wins over the category. */
  rules: Record<string, LintSeveritySetting>;
  workspaceGlob: string;
  exclude: string;
}

const LINT_SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

function severityMap(value: unknown): Record<string, LintSeveritySetting> {
  const out: Record<string, LintSeveritySetting> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' && LINT_SEVERITIES.includes(v)) out[key] = v as LintSeveritySetting;
  }
  return out;
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
    lint: {
      enabled: c.get<boolean>('lint.enabled', true) !== false,
      languages: c.get<string[]>('lint.languages', ['markdown', 'plaintext']).filter((s) => typeof s === 'string' && s.trim() !== ''),
      severity: severityMap(c.get('lint.severity', {})),
      rules: severityMap(c.get('lint.rules', {})),
      workspaceGlob: c.get<string>('lint.workspaceGlob', '**/*.{md,txt}').trim() || '**/*.{md,txt}',
      exclude: c.get<string>('lint.exclude', '**/{node_modules,.git}/**').trim(),
    },
    sendBlockOnWarnings: c.get<boolean>('send.blockOnWarnings', false) === true,
  };
}

/** Fires `listener` when any `kindly.*` setting changes. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('kindly')) listener();
  });
}
