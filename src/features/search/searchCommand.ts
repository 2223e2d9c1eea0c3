// "Kindly: Search Templates and Articles": the sidebar's search in a QuickPick, for agents who hide the
// sidebar. The core ranks; the QuickPick neither filters nor re-sorts (every item is `alwaysShow`).
import * as vscode from 'vscode';
import { copyItem, insertItem, type SearchServices } from './actions';
import { listFor } from './listing';
import type { ListKind } from './searchService';
import type { ItemView } from '../../webview/protocol';

interface Pick extends vscode.QuickPickItem {
  kind?: vscode.QuickPickItemKind;
  ref?: { kind: ListKind; id: string };
}

const ICONS: Record<ListKind, string> = { template: '$(file-text)', article: '$(book)', greeting: '$(comment)', closing: '$(comment)' };
function toPick(v: ItemView, copyButton: vscode.QuickInputButton): Pick {
  return {
    label: `${ICONS[v.kind]} ${v.title}`,
    description: [v.lang, v.packName, ...v.tags.slice(0, 3)].join(' · '),
    detail: v.excerpt,
    alwaysShow: true,
    buttons: [copyButton],
    ref: { kind: v.kind, id: v.id },
  };
}

export async function searchItems(services: SearchServices, initialQuery = ''): Promise<boolean> {
  await services.search.ready;
  const qp = vscode.window.createQuickPick<Pick>();
  const copyButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('copy'), tooltip: vscode.l10n.t('Copy to the clipboard') };
  qp.title = vscode.l10n.t('Kindly: Search Templates and Articles');
  qp.placeholder = vscode.l10n.t('Type to search templates, articles, greetings and closings (typos and Hinglish welcome)');
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  // Keep the core's ranking (a proposed option some VS Code versions honour; harmless elsewhere).
  (qp as unknown as { sortByLabel: boolean }).sortByLabel = false;
  const update = (value: string) => {
    const { groups, suggestions } = listFor(services, value, {});
    const items: Pick[] = [];
    for (const g of groups) {
      items.push({ label: g.label, kind: vscode.QuickPickItemKind.Separator, alwaysShow: true });
      items.push(...g.items.map((v) => toPick(v, copyButton)));
    }
    if (items.length === 0 && suggestions.length) {
      items.push({ label: vscode.l10n.t('Did you mean'), kind: vscode.QuickPickItemKind.Separator, alwaysShow: true });
      for (const s of suggestions) items.push({ label: `$(search) ${s.text}`, alwaysShow: true, description: vscode.l10n.t('search for this instead') });
    }
    qp.items = items;
  };
  qp.value = initialQuery;
  update(initialQuery);
  return new Promise<boolean>((resolve) => {
    let done = false;
    let accepting = false;
    const finish = (result: boolean) => { if (!done) { done = true; resolve(result); qp.dispose(); } };
    qp.onDidChangeValue(update);
    qp.onDidTriggerItemButton(async (e) => {
      if (!e.item.ref) return;
      const text = await copyItem(services, e.item.ref.kind, e.item.ref.id);
      if (text !== undefined) void vscode.window.showInformationMessage(vscode.l10n.t('Kindly: copied “{0}”.', e.item.label.replace(/^\$\([^)]*\)\s*/, '')));
    });
    qp.onDidAccept(async () => {
      const picked = qp.selectedItems[0] ?? qp.activeItems[0];
      if (!picked) return;
      if (!picked.ref) {
        // A suggestion: search for it.
        qp.value = picked.label.replace(/^\$\([^)]*\)\s*/, '');
        update(qp.value);
        return;
      }
      accepting = true;
      qp.hide();
      finish(await insertItem(services, picked.ref.kind, picked.ref.id));
    });
    qp.onDidHide(() => { if (!accepting) finish(false); });
    qp.show();
  });
}
