// The one place that registers Kindly's commands: a table keyed by the ids in package.json.
import * as vscode from 'vscode';
import type { CommandId } from './commandIds';
import type { Services } from './services';
import { pickAndInsertGreeting } from './features/greetings/greetingCommands';

type Handler = (services: Services, ...args: unknown[]) => unknown;

const handlers = {
  'kindly.insertGreeting': (s) => pickAndInsertGreeting(s.packs),
  'kindly.openSidebar': () => vscode.commands.executeCommand('kindly.search.focus'),
} satisfies Record<CommandId, Handler>;

export function registerCommands(services: Services): vscode.Disposable[] {
  return Object.entries(handlers).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await (handler as Handler)(services, ...args);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        void vscode.window.showErrorMessage(`Kindly: ${message}`);
        console.error(`[kindly] command ${id} failed`, err);
        return undefined;
      }
    }),
  );
}
