// What Kindly remembers for snippets: values typed at prompts, per draft (in memory, and in workspaceState
// for saved files so they survive a reload), and the most recently used greetings, closings and templates
// (globalState, so the agent's favourites follow them across workspaces).
import * as vscode from 'vscode';

const VALUES_KEY = 'kindly.draftValues';
const RECENT_KEY = 'kindly.recentSnippets';
/** Saved files whose values are kept; the oldest are forgotten first. */
const MAX_SAVED_DRAFTS = 200;
const MAX_RECENT = 30;

export type SnippetKind = 'greeting' | 'closing' | 'template';

export class SnippetState implements vscode.Disposable {
  private readonly memory = new Map<string, Record<string, string>>();
  /** The field a snippet prompt is asking for right now, if any (tests wait on it). */
  prompting: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly workspaceState: vscode.Memento, private readonly globalState: vscode.Memento) {
    // Values typed for an untitled draft die with it; a saved file keeps them in workspaceState.
    this.disposables.push(vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc.uri.scheme !== 'file') this.memory.delete(doc.uri.toString());
    }));
  }

  /** Values typed at prompts for this draft, by field name (`customer.name`, `ticket.id`, …). */
  remembered(uri: vscode.Uri): Record<string, string> {
    const key = uri.toString();
    const inMemory = this.memory.get(key);
    if (inMemory) return { ...inMemory };
    if (uri.scheme !== 'file') return {};
    return { ...(this.saved()[key] ?? {}) };
  }

  async remember(uri: vscode.Uri, field: string, value: string): Promise<void> {
    const key = uri.toString();
    const next = { ...this.remembered(uri), [field]: value };
    this.memory.set(key, next);
    if (uri.scheme !== 'file') return;
    const saved = this.saved();
    delete saved[key]; // re-insert last: object key order is the forgetting order
    saved[key] = next;
    const keys = Object.keys(saved);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_SAVED_DRAFTS))) delete saved[old];
    await this.workspaceState.update(VALUES_KEY, saved);
  }

  /** Ids of recently used items of `kind`, most recent first. */
  recent(kind: SnippetKind): string[] {
    const prefix = `${kind}:`;
    return this.recentKeys().filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }

  async markUsed(kind: SnippetKind, id: string): Promise<void> {
    const key = `${kind}:${id}`;
    const next = [key, ...this.recentKeys().filter((k) => k !== key)].slice(0, MAX_RECENT);
    await this.globalState.update(RECENT_KEY, next);
  }

  private saved(): Record<string, Record<string, string>> {
    const raw = this.workspaceState.get<unknown>(VALUES_KEY);
    return raw && typeof raw === 'object' ? { ...(raw as Record<string, Record<string, string>>) } : {};
  }

  private recentKeys(): string[] {
    const raw = this.globalState.get<unknown>(RECENT_KEY);
    return Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : [];
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
