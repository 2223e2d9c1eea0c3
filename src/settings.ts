// The one module that reads Kindly's settings. Everything else asks here, so a setting's name, default
// and type live in one place next to package.json's `contributes.configuration`.
import * as vscode from 'vscode';

export interface KindlySettings {
  agentName: string;
  companyName: string;
  defaultLanguage: 'en' | 'hi' | 'bn';
}

export function readSettings(scope?: vscode.ConfigurationScope): KindlySettings {
  const c = vscode.workspace.getConfiguration('kindly', scope);
  return {
    agentName: c.get<string>('agent.name', '').trim(),
    companyName: c.get<string>('company.name', '').trim(),
    defaultLanguage: c.get<'en' | 'hi' | 'bn'>('defaultLanguage', 'en'),
  };
}

/** Fires `listener` when any `kindly.*` setting changes. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('kindly')) listener();
  });
}
