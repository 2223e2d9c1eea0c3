// The one place that registers Kindly's commands: a table keyed by the ids in package.json.
import * as vscode from 'vscode';
import type { CommandId } from './commandIds';
import type { Services } from './services';
import { insertCommand, newReplyDraft, setCustomerName } from './features/snippets/snippetCommands';
import { newPack } from './features/packs/packCommands';
import { searchItems } from './features/search/searchCommand';
import { copyForSending, explainFinding, fixAllCommand, lintDraft, lintWorkspace } from './features/lint/lintCommands';

type Handler = (services: Services, ...args: unknown[]) => unknown;

const handlers = {
  'kindly.insertGreeting': (s, args) => insertCommand(s, 'greeting', args),
  'kindly.insertClosing': (s, args) => insertCommand(s, 'closing', args),
  'kindly.insertTemplate': (s, args) => insertCommand(s, 'template', args),
  'kindly.newReplyDraft': (s, args) => newReplyDraft(s, args),
  'kindly.setCustomerName': (s, args) => setCustomerName(s, args),
  'kindly.openSidebar': () => vscode.commands.executeCommand('kindly.search.focus'),
  'kindly.newPack': (s, target, name) => newPack(s.packs, target instanceof vscode.Uri ? target : undefined, typeof name === 'string' ? name : undefined),
  'kindly.reloadPacks': (s) => s.packs.reloadAll(),
  'kindly.showPackProblems': (s) => s.packs.showProblems(),
  'kindly.searchItems': (s, query) => searchItems(s, typeof query === 'string' ? query.slice(0, 500) : ''),
  // Context-menu actions on a sidebar result: the argument is the row's `data-vscode-context`.
  'kindly.searchResult.insert': (s, ctx) => s.sidebar.contextAction('insert', ctx),
  'kindly.searchResult.copy': (s, ctx) => s.sidebar.contextAction('copy', ctx),
  'kindly.searchResult.preview': (s, ctx) => s.sidebar.contextAction('preview', ctx),
  'kindly.searchResult.toggleFavourite': (s, ctx) => s.sidebar.contextAction('toggleFavourite', ctx),
  'kindly.lintDraft': (s) => lintDraft(s.lint),
  'kindly.lintWorkspace': (s) => lintWorkspace(s.lint),
  'kindly.fixAll': (s, uri) => fixAllCommand(s.lint, uri instanceof vscode.Uri ? uri : undefined),
  // The optional argument answers the pre-send modal; only tests pass it (see copyForSending).
  'kindly.copyForSending': (s, options) => copyForSending(s.lint, options),
  'kindly.explainFinding': (s, ruleId) => explainFinding(s.lint, typeof ruleId === 'string' ? ruleId : undefined),
} satisfies Record<CommandId, Handler>;

export function registerCommands(services: Services): vscode.Disposable[] {
  return Object.entries(handlers).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await (handler as Handler)(services, ...args);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        void vscode.window.showErrorMessage(vscode.l10n.t('Kindly: {0}', message));
        console.error(`[kindly] command ${id} failed`, err);
        return undefined;
      }
    }),
  );
}
