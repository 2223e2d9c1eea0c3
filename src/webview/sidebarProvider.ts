// Host side of the Kindly sidebar: builds the page's HTML under a strict CSP, answers the page's requests
// (search in the core index, safe previews rendered here, insert/copy through the snippet path) and acts on
// context-menu commands. The page only renders; every message from it is validated (protocol.ts).
import * as vscode from 'vscode';
import { copyItem, insertItem, previewItem, type SearchServices } from '../features/search/actions';
import { facetsFor, listFor } from '../features/search/listing';
import { onSettingsChanged, readSettings } from '../settings';
import { type Filters, type HostMessage, type InitialView, type ItemKind, ITEM_KINDS, openableLink, type PageMessage, parsePageMessage } from './protocol';
import { renderSidebarHtml, type SidebarHtmlOptions } from './sidebarHtml';
import { z } from 'zod';

/** The argument VS Code passes to a `webview/context` command: the row's `data-vscode-context`. */
const contextArgSchema = z.object({ webviewSection: z.literal('result'), kind: z.enum(ITEM_KINDS), id: z.string().min(1).max(200) });
export type ContextAction = 'insert' | 'copy' | 'preview' | 'toggleFavourite';

export class SidebarProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'kindly.search';
  private view: vscode.WebviewView | undefined;
  private viewDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private allowRemoteImages = readSettings().previewAllowRemoteImages;
  /** Messages the page rejected as malformed (tests check that nothing slips through). */
  rejectedMessages = 0;
  /** Links the host refused to open (tests). */
  readonly refusedLinks: string[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly services: SearchServices) {
    this.disposables.push(
      services.search.onDidChange(() => this.postFacets()),
      onSettingsChanged(() => {
        const allow = readSettings().previewAllowRemoteImages;
        if (allow === this.allowRemoteImages) return;
        this.allowRemoteImages = allow;
        // The CSP's img-src depends on the setting: reload the page (it restores its state).
        if (this.view) this.view.webview.html = renderSidebarHtml(this.view.webview, this.extensionUri, this.htmlOptions());
      }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView, context?: vscode.WebviewViewResolveContext<unknown>): void {
    for (const d of this.viewDisposables.splice(0)) d.dispose();
    this.view = view;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [dist, media] };
    view.webview.html = this.renderHtml(context?.state);
    this.viewDisposables.push(
      view.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      view.onDidChangeVisibility(() => { if (view.visible) this.post({ type: 'focusSearch' }); }),
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
        for (const d of this.viewDisposables.splice(0)) d.dispose();
      }),
    );
  }

  /** The page's HTML for a view whose page saved `savedState` last time (tests check what a hostile pack puts in it). */
  renderHtml(savedState: unknown): string {
    if (!this.view) throw new Error('the Kindly view is not resolved');
    return renderSidebarHtml(this.view.webview, this.extensionUri, { ...this.htmlOptions(), initial: this.initialView(savedState) });
  }

  /**
   * The listing for the query and filters the page saved last time (validated like any page message), for
   * the page to render before its first round trip to the host.
   */
  private initialView(savedState: unknown): InitialView | undefined {
    const saved = (savedState ?? {}) as { query?: unknown; filters?: unknown };
    const parsed = parsePageMessage({ type: 'search', requestId: 0, query: typeof saved.query === 'string' ? saved.query : '', filters: saved.filters ?? {} });
    if (!parsed.ok || parsed.message.type !== 'search') return undefined;
    const { query, filters } = parsed.message;
    try {
      return { query, filters, facets: facetsFor(this.services), results: listFor(this.services, query, filters) };
    } catch (err) {
      console.error('[kindly] could not prepare the first listing', err);
      return undefined;
    }
  }

  /** Remote images per the setting; the display language and its translations for the page's own strings. */
  private htmlOptions(): SidebarHtmlOptions {
    return { allowRemoteImages: this.allowRemoteImages, lang: vscode.env.language, strings: vscode.l10n.bundle ?? {} };
  }

  /** The page's current HTML shell (tests check its Content-Security-Policy). */
  get html(): string | undefined {
    return this.view?.webview.html;
  }

  /** True once the view has been resolved (tests and commands use this). */
  get isResolved(): boolean {
    return this.view !== undefined;
  }

  /**
   * Handles one raw message exactly as if the page had sent it, and returns the reply the page would get
   * (for the extension-host tests: same validation, same handler).
   */
  async handleForTest(raw: unknown): Promise<HostMessage | undefined> {
    return this.respond(raw);
  }

  /** Runs a search through the message handler, as the page does on every keystroke. */
  async searchForTest(query: string, filters: Filters = {}): Promise<Extract<HostMessage, { type: 'results' }>> {
    const reply = await this.respond({ type: 'search', requestId: 1, query, filters });
    if (reply?.type !== 'results') throw new Error('the search message got no results reply');
    return reply;
  }

  /** A command from the result's context menu (`data-vscode-context` of the row). */
  async contextAction(action: ContextAction, arg: unknown): Promise<void> {
    const parsed = contextArgSchema.safeParse(arg);
    if (!parsed.success) return;
    const reply = await this.handle({ type: action === 'preview' ? 'preview' : action, requestId: 0, ...parsed.data } as PageMessage);
    if (reply) this.post(reply);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const reply = await this.respond(raw);
    if (reply) this.post(reply);
  }

  private async respond(raw: unknown): Promise<HostMessage | undefined> {
    const parsed = parsePageMessage(raw);
    if (!parsed.ok) {
      this.rejectedMessages++;
      console.warn('[kindly] ignored malformed message from the sidebar page:', parsed.reason);
      return undefined;
    }
    try {
      return await this.handle(parsed.message);
    } catch (err) {
      console.error('[kindly] sidebar request failed', err);
      return { type: 'notice', text: vscode.l10n.t('Kindly: {0}', err instanceof Error ? err.message : String(err)) };
    }
  }

  private async handle(msg: PageMessage): Promise<HostMessage | undefined> {
    const s = this.services;
    switch (msg.type) {
      // Never wait for the packs: answer from what is loaded (the built-in pack comes first) and the page
      // searches again when the host posts new facets after each load.
      case 'ready':
        return { type: 'facets', facets: facetsFor(s) };
      case 'search': {
        const listing = listFor(s, msg.query, msg.filters);
        return { type: 'results', requestId: msg.requestId, query: msg.query, ...listing };
      }
      case 'insert': {
        const ok = await insertItem(s, msg.kind, msg.id);
        return ok ? { type: 'notice', text: vscode.l10n.t('Inserted “{0}”.', this.titleOf(msg.kind, msg.id)) } : undefined;
      }
      case 'copy': {
        const text = await copyItem(s, msg.kind, msg.id);
        return text === undefined ? undefined : { type: 'notice', text: vscode.l10n.t('Copied “{0}” to the clipboard.', this.titleOf(msg.kind, msg.id)) };
      }
      case 'preview': {
        const p = previewItem(s, msg.kind, msg.id);
        if (!p) return { type: 'notice', text: vscode.l10n.t('That item is no longer in any pack.') };
        const packName = s.packs.resolved.packs.find((x) => x.id === p.packId)?.name ?? p.packId;
        return { type: 'preview', requestId: msg.requestId, kind: msg.kind, id: msg.id, title: p.title, lang: p.lang, packName, html: p.html, note: p.note };
      }
      case 'toggleFavourite': {
        const favourite = await s.search.toggleFavourite(msg.kind, msg.id);
        return { type: 'favourite', kind: msg.kind, id: msg.id, favourite };
      }
      case 'openLink':
        return this.openLink(msg.href);
      case 'newPack':
        await vscode.commands.executeCommand('kindly.newPack');
        return undefined;
      case 'focusEditor':
        await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
        return undefined;
    }
  }

  private async openLink(href: string): Promise<HostMessage | undefined> {
    const url = openableLink(href);
    if (!url) {
      this.refusedLinks.push(href);
      return { type: 'notice', text: vscode.l10n.t('Kindly opens only http and https links.') };
    }
    // VS Code asks before opening a domain the user has not trusted (its link protection).
    await vscode.env.openExternal(vscode.Uri.parse(url, true));
    return undefined;
  }

  private titleOf(kind: ItemKind, id: string): string {
    return this.services.search.item(kind, id)?.title ?? id;
  }

  private postFacets(): void {
    if (this.view) this.post({ type: 'facets', facets: facetsFor(this.services) });
  }

  private post(msg: HostMessage): void {
    void this.view?.webview.postMessage(msg);
  }

  dispose(): void {
    for (const d of this.viewDisposables.splice(0)) d.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
