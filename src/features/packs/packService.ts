// Loads every pack Kindly can see (workspace, the `kindly.packs` setting, the built-in pack), keeps the
// last good state of each, reloads only what changed on save, and reports problems as diagnostics on the
// pack files themselves.
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findPackRoots } from '../../core/packs/findPackRoots';
import { loadPack, reloadPackFiles, type LoadPackOptions } from '../../core/packs/loader';
import type { Article, LoadedPack, PackSource, Phrase, Rule, Template } from '../../core/packs/model';
import { resolvePacks, type ResolvedPacks } from '../../core/packs/resolve';
import type { PackManifest } from '../../core/packs/schema';
import { readSettings } from '../../settings';
import { PackDiagnostics } from './packDiagnostics';

const EMPTY: ResolvedPacks = { templates: [], articles: [], phrases: [], rules: [], problems: [], packs: [], overridden: [] };
/** Pack content lives in these files; anything else in a workspace does not concern us. */
const WATCH_GLOB = '**/{kindly-pack.json,templates/**/*.md,articles/**/*.md,phrases/*.json,rules/*.json}';

export interface PackServiceOptions {
  builtinRoot: string;
  /** Checks a lint rule's own examples; its messages become pack problems. */
  checkRule?: LoadPackOptions['checkRule'];
}

export class PackService implements vscode.Disposable {
  private readonly _onDidChange = new vscode.EventEmitter<ResolvedPacks>();
  /** Fires after any (re)load with the new resolved content. */
  readonly onDidChange = this._onDidChange.event;
  private readonly loaded = new Map<string, LoadedPack>();
  private resolvedPacks: ResolvedPacks = EMPTY;
  private readonly diagnostics = new PackDiagnostics();
  private readonly disposables: vscode.Disposable[] = [];
  private pending = new Set<string>();
  private flushTimer: NodeJS.Timeout | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private _ready: Promise<void>;
  private _loading = true;

  constructor(private readonly options: PackServiceOptions) {
    const watcher = vscode.workspace.createFileSystemWatcher(WATCH_GLOB);
    const changed = (uri: vscode.Uri) => this.scheduleReload(uri.fsPath);
    this.disposables.push(
      watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed),
      // Saving from the editor is the common case; it also covers files outside the workspace (setting packs).
      vscode.workspace.onDidSaveTextDocument((doc) => this.scheduleReload(doc.uri.fsPath)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('kindly.packs')) void this.reloadAll();
        // Turning a pack off or on needs no reload: the loaded packs are resolved again.
        else if (e.affectsConfiguration('kindly.disabledPacks')) this.publish();
      }),
      this.diagnostics,
    );
    this._ready = this.reloadAll();
  }

  /** Resolves once the first load has finished. */
  get ready(): Promise<void> {
    return this._ready;
  }

  /** True while packs are being (re)loaded; what is in effect meanwhile is the last complete load or the built-in pack. */
  get loading(): boolean {
    return this._loading;
  }

  get resolved(): ResolvedPacks { return this.resolvedPacks; }
  get phrases(): readonly Phrase[] { return this.resolvedPacks.phrases; }
  get templates(): readonly Template[] { return this.resolvedPacks.templates; }
  get articles(): readonly Article[] { return this.resolvedPacks.articles; }
  get rules(): readonly Rule[] { return this.resolvedPacks.rules; }

  /** Manifests of the enabled packs, highest precedence first (company defaults, declared placeholders). */
  manifests(): { id: string; manifest: PackManifest }[] {
    return this.resolvedPacks.packs.filter((p) => p.enabled)
      .flatMap((p) => { const pack = this.loaded.get(p.root); return pack ? [{ id: p.id, manifest: pack.manifest }] : []; });
  }

  /** Finds and loads every pack from scratch. */
  reloadAll(): Promise<void> {
    const run = this.queue.then(() => this.loadEverything());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Shows the Problems panel (used by "Kindly: Show Pack Problems"). */
  async showProblems(): Promise<void> {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (this.resolvedPacks.problems.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Kindly: no pack problems.'));
  }

  private async loadEverything(): Promise<void> {
    this._loading = true;
    try {
      // The very first load publishes the built-in pack before anything else is even discovered, so the
      // sidebar, snippets and linter work while team packs (possibly thousands of files) are still read.
      const early = new Map<string, LoadedPack>();
      if (this.loaded.size === 0) {
        const root = path.resolve(this.options.builtinRoot);
        const builtin = await loadPack(root, 'builtin', this.checksFor('builtin'));
        early.set(root, builtin);
        this.loaded.set(root, builtin);
        this.publish();
      }
      await this.loadSources(await this.discover(), early);
    } finally {
      this._loading = false;
    }
    this.publish();
  }

  /**
   * Loads every pack (reusing `early` ones) into a fresh map and swaps it in at the end, so a reload keeps
   * the last good state in effect until the new one is complete.
   */
  private async loadSources(sources: { root: string; source: PackSource }[], early: ReadonlyMap<string, LoadedPack>): Promise<void> {
    const load = async (progress?: vscode.Progress<{ message?: string }>) => {
      const next = new Map<string, LoadedPack>();
      let index = 0;
      for (const { root, source } of sources) {
        index++;
        const pack = early.get(root) ?? await loadPack(root, source, {
          ...this.checksFor(source),
          onProgress: (done, total) => {
            if (progress && total > 200) progress.report({ message: vscode.l10n.t('{0} ({1}/{2}): {3}/{4} files', path.basename(root), index, sources.length, done, total) });
          },
        });
        next.set(root, pack);
      }
      this.loaded.clear();
      for (const [root, pack] of next) this.loaded.set(root, pack);
    };
    // Small pack sets load before anyone notices; large ones show progress in the status bar.
    const quick = load();
    const tookLong = await Promise.race([quick.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 500))]);
    if (tookLong) await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Kindly: loading packs') }, () => quick);
    else await quick;
  }

  /**
   * Rule examples are checked for packs from other people. The built-in pack's are checked by its unit tests
   * before it ships; checking them again on every activation would cost about a second of CPU.
   */
  private checksFor(source: PackSource): LoadPackOptions {
    return source === 'builtin' ? {} : { checkRule: this.options.checkRule };
  }

  private async discover(): Promise<{ root: string; source: PackSource }[]> {
    const settings = readSettings();
    const out: { root: string; source: PackSource }[] = [];
    const seen = new Set<string>();
    const add = (root: string, source: PackSource) => {
      const key = path.resolve(root);
      if (!seen.has(key)) { seen.add(key); out.push({ root: key, source }); }
    };
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      for (const root of await findPackRoots(folder.uri.fsPath)) add(root, 'workspace');
    }
    for (const folder of vscode.workspace.workspaceFolders ?? [undefined]) {
      for (const entry of readSettings(folder?.uri).packFolders) {
        const expanded = entry.startsWith('~') ? path.join(os.homedir(), entry.slice(1)) : entry;
        if (path.isAbsolute(expanded)) add(expanded, 'setting');
        else if (folder) add(path.join(folder.uri.fsPath, expanded), 'setting');
      }
    }
    void settings;
    add(this.options.builtinRoot, 'builtin');
    return out;
  }

  private scheduleReload(file: string): void {
    this.pending.add(file);
    clearTimeout(this.flushTimer);
    // Saves often come in bursts (format on save, git pull): reload once for the burst.
    this.flushTimer = setTimeout(() => {
      const files = [...this.pending];
      this.pending = new Set();
      const run = this.queue.then(() => this.reloadChanged(files));
      this.queue = run.catch(() => undefined);
    }, 100);
  }

  private async reloadChanged(files: string[]): Promise<void> {
    // A new or deleted manifest changes which packs exist: rediscover everything.
    if (files.some((f) => path.basename(f) === 'kindly-pack.json' && !this.loaded.has(path.dirname(f)))) {
      await this.loadEverything();
      return;
    }
    let touched = false;
    for (const [root, pack] of this.loaded) {
      const inside = files.filter((f) => f === root || f.startsWith(root + path.sep));
      if (inside.length === 0) continue;
      this.loaded.set(root, await reloadPackFiles(pack, inside, this.checksFor(pack.source)));
      touched = true;
    }
    if (touched) this.publish();
  }

  private publish(): void {
    const disabled = new Set(readSettings().disabledPacks);
    this.resolvedPacks = resolvePacks([...this.loaded.values()], disabled);
    this.diagnostics.update([...this.loaded.values()].flatMap((p) => p.problems).concat(
      this.resolvedPacks.problems.filter((p) => p.code === 'duplicate-pack')));
    this._onDidChange.fire(this.resolvedPacks);
  }

  dispose(): void {
    clearTimeout(this.flushTimer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this._onDidChange.dispose();
  }
}
