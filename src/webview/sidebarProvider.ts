// Host side of the Kindly sidebar: builds the page's HTML under a strict CSP, feeds it data from the packs,
// and acts on what the page asks for. The page only renders.
import * as vscode from 'vscode';
import type { PackService } from '../features/packs/packService';
import { type HostMessage, type PageMessage, type PhraseView, pageMessageSchema } from './protocol';
import { renderSidebarHtml } from './sidebarHtml';

export class SidebarProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'kindly.search';
  private view: vscode.WebviewView | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly packs: PackService) {
    this.disposables.push(packs.onDidChange(() => this.pushPhrases()));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [dist, media] };
    view.webview.html = renderSidebarHtml(view.webview, this.extensionUri);
    this.disposables.push(
      view.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      view.onDidDispose(() => { this.view = undefined; }),
    );
  }

  /** True once the view has been resolved (tests and commands use this). */
  get isResolved(): boolean {
    return this.view !== undefined;
  }

  private async onMessage(raw: unknown): Promise<void> {
    const parsed = pageMessageSchema.safeParse(raw);
    if (!parsed.success) {
      console.warn('[kindly] ignored malformed message from the sidebar page', parsed.error.issues[0]?.message);
      return;
    }
    await this.handle(parsed.data);
  }

  private async handle(msg: PageMessage): Promise<void> {
    switch (msg.type) {
      case 'ready':
        await this.packs.ready;
        this.pushPhrases();
        return;
      case 'insertPhrase': {
        const phrase = this.packs.phrases.find((p) => p.id === msg.id);
        // Through the one insertion path (src/features/snippets/insert.ts), like the commands.
        if (phrase) await vscode.commands.executeCommand(phrase.kind === 'closing' ? 'kindly.insertClosing' : 'kindly.insertGreeting', { id: phrase.id });
        return;
      }
    }
  }

  private pushPhrases(): void {
    const items: PhraseView[] = this.packs.phrases.map((p) => ({
      id: p.id, kind: p.kind, title: p.title ?? p.id, text: p.text, lang: p.lang, pack: p.origin.packId,
    }));
    this.post({ type: 'phrases', items });
  }

  private post(msg: HostMessage): void {
    void this.view?.webview.postMessage(msg);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
