// Composition root: builds Kindly's services, registers its features, and returns an API for tests.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { checkRuleExamples } from './core/lint';
import { LintService, registerLintFeatures } from './features/lint';
import { PackService } from './features/packs/packService';
import { SearchService } from './features/search/searchService';
import { registerSnippetFeatures } from './features/snippets';
import { SnippetState } from './features/snippets/state';
import type { Services } from './services';
import { SidebarProvider } from './webview/sidebarProvider';

export type KindlyApi = Services;

export function activate(context: vscode.ExtensionContext): KindlyApi {
  const packs = new PackService({ builtinRoot: path.join(context.extensionPath, 'snippets'), checkRule: checkRuleExamples });
  const snippets = new SnippetState(context.workspaceState, context.globalState);
  const search = new SearchService(packs, context.globalState);
  const sidebar = new SidebarProvider(context.extensionUri, { packs, snippets, search });
  const lint = new LintService(packs);
  const services: Services = { packs, sidebar, snippets, search, lint };
  context.subscriptions.push(
    packs,
    search,
    sidebar,
    // Agents hide and show the sidebar all day: keeping the small page alive makes it reappear at once
    // (reloading it took 250–300 ms on a 10k-document workspace, see bench/sidebar.bench.ts).
    vscode.window.registerWebviewViewProvider(SidebarProvider.viewType, sidebar, { webviewOptions: { retainContextWhenHidden: true } }),
    ...registerCommands(services),
    snippets,
    registerSnippetFeatures(services),
    lint,
    registerLintFeatures(lint),
  );
  return services;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
