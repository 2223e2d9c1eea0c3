// Composition root: builds Kindly's services, registers its features, and returns an API for tests.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { PackService } from './features/packs/packService';
import type { Services } from './services';
import { SidebarProvider } from './webview/sidebarProvider';

export type KindlyApi = Services;

export function activate(context: vscode.ExtensionContext): KindlyApi {
  const packs = new PackService(context.extensionPath);
  const sidebar = new SidebarProvider(context.extensionUri, packs);
  const services: Services = { packs, sidebar };
  context.subscriptions.push(
    packs,
    sidebar,
    vscode.window.registerWebviewViewProvider(SidebarProvider.viewType, sidebar),
    ...registerCommands(services),
  );
  return services;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
