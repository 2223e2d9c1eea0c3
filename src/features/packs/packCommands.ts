// Pack commands: "Kindly: New Pack", "Kindly: Reload Packs", "Kindly: Show Pack Problems".
import * as vscode from 'vscode';
import { packIdFromName, scaffoldPack } from '../../core/packs/scaffold';
import { readSettings } from '../../settings';
import type { PackService } from './packService';

/** Scaffolds a pack in a chosen folder (never overwriting a file), then opens its manifest. */
export async function newPack(packs: PackService, target?: vscode.Uri, presetName?: string): Promise<vscode.Uri | undefined> {
  const name = presetName ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Kindly: New Pack'), prompt: vscode.l10n.t('Name of the pack (shown in the sidebar)'), value: vscode.l10n.t('My team pack'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Give the pack a name')),
  });
  if (!name) return undefined;
  let folder = target;
  if (!folder) {
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    const picked = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Kindly: choose the folder for the new pack'), canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
      defaultUri: base, openLabel: vscode.l10n.t('Create pack here'),
    });
    if (!picked?.[0]) return undefined;
    folder = vscode.Uri.joinPath(picked[0], packIdFromName(name));
  }
  const files = scaffoldPack({ id: packIdFromName(name), name: name.trim(), companyName: readSettings(folder).companyName || undefined });
  const existing: string[] = [];
  for (const rel of Object.keys(files)) {
    const uri = vscode.Uri.joinPath(folder, rel);
    if (await vscode.workspace.fs.stat(uri).then(() => true, () => false)) existing.push(rel);
  }
  if (existing.length > 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Kindly: {0} already has {1}. Choose an empty folder; nothing was changed.', folder.fsPath, existing.join(', ')));
    return undefined;
  }
  for (const [rel, content] of Object.entries(files)) {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, rel), new TextEncoder().encode(content));
  }
  await packs.reloadAll();
  const manifest = vscode.Uri.joinPath(folder, 'kindly-pack.json');
  await vscode.window.showTextDocument(manifest);
  return manifest;
}
