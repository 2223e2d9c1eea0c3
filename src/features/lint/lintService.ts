// Lints reply drafts as the agent types: one incremental linter per open document, debounced runs,
// diagnostics in one collection (shared with "Lint Workspace Drafts"), a status-bar count, and the
// linter rebuilt whenever the packs (and so the rules) change.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { draftLanguage } from '../../core/drafts/language';
import { parseDraftHeader } from '../../core/drafts/header';
import { createLinter, lineIndex, type Finding, type IncrementalLinter, type LintContext, type Linter, type LintResult } from '../../core/lint';
import type { RuleCategory, Severity } from '../../core/packs/schema';
import { onSettingsChanged, readSettings, type KindlySettings } from '../../settings';
import type { PackService } from '../packs/packService';
import { toDiagnostics } from './diagnostics';
import { LintStatusBar } from './statusBar';

/** Debounce between a keystroke and the re-lint. */
export const LINT_DELAY_MS = 150;

export interface DraftLint {
  /** The document version the findings belong to. */
  version: number;
  findings: Finding[];
  notes: string[];
}

interface DocState {
  /** The document this state belongs to: an untitled URI is reused by the next new draft. */
  doc: vscode.TextDocument;
  incremental: IncrementalLinter;
  last?: DraftLint;
  timer?: NodeJS.Timeout;
}

export class LintService implements vscode.Disposable {
  /** Every Kindly lint diagnostic, for open drafts and for files "Lint Workspace Drafts" read. */
  readonly collection = vscode.languages.createDiagnosticCollection('kindly-lint');
  readonly statusBar: LintStatusBar;
  private linter: Linter;
  private readonly docs = new Map<string, DocState>();
  /** Documents linted on request although they are not drafts by the settings (kept up to date while open). */
  private readonly requested = new Set<string>();
  /** Files a workspace lint covered: closing one keeps it in Problems. */
  private readonly fromWorkspace = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly _onDidLint = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's diagnostics were refreshed. */
  readonly onDidLint = this._onDidLint.event;

  constructor(readonly packs: PackService) {
    this.linter = createLinter(packs.rules);
    this.statusBar = new LintStatusBar(this);
    this.disposables.push(
      this.collection, this.statusBar, this._onDidLint,
      packs.onDidChange(() => {
        this.linter = createLinter(packs.rules);
        for (const state of this.docs.values()) state.incremental = this.linter.incremental();
        this.relintAll();
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => this.opened(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) this.schedule(e.document, LINT_DELAY_MS); }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      vscode.window.onDidChangeActiveTextEditor(() => this.statusBar.update()),
      onSettingsChanged(() => this.relintAll()),
    );
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
    this.statusBar.update();
  }

  /** The linter over the current rules. */
  get current(): Linter {
    return this.linter;
  }

  /** A draft Kindly lints as you type: a Markdown or plain-text file or untitled document, not a pack file. */
  isDraft(doc: vscode.TextDocument): boolean {
    if (!this.isLintable(doc.uri)) return false;
    if (this.requested.has(doc.uri.toString())) return true;
    const s = readSettings(doc.uri);
    return s.lint.enabled && s.lint.languages.includes(doc.languageId);
  }

  /** A document the commands may lint: a file or untitled document outside every loaded pack. */
  isLintable(uri: vscode.Uri): boolean {
    if (uri.scheme === 'untitled') return true;
    if (uri.scheme !== 'file') return false;
    return !this.insidePack(uri.fsPath);
  }

  insidePack(fsPath: string): boolean {
    const file = path.resolve(fsPath);
    return this.packs.resolved.packs.some((p) => file === p.root || file.startsWith(p.root + path.sep));
  }

  /** The findings for the document as it is now, linting it first when the last run is stale. */
  lintNow(doc: vscode.TextDocument, options: { request?: boolean } = {}): DraftLint {
    if (options.request && !this.isDraft(doc) && this.isLintable(doc.uri)) this.requested.add(doc.uri.toString());
    const state = this.stateFor(doc);
    if (state?.last && state.last.version === doc.version && !state.timer) return state.last;
    return this.run(doc);
  }

  /** The last result for a document, if it is current. */
  lastResult(doc: vscode.TextDocument): DraftLint | undefined {
    const last = this.stateFor(doc)?.last;
    return last && last.version === doc.version ? last : undefined;
  }

  /** The lint context of a draft: its language, the customer and company names, and severity settings. */
  contextFor(text: string, settings: KindlySettings): LintContext {
    const { header } = parseDraftHeader(text);
    const company = header.company?.trim() || settings.companyName
      || this.packs.manifests().find((m) => m.manifest.company?.name)?.manifest.company?.name;
    return {
      lang: draftLanguage(text, settings.defaultLanguage),
      customerName: header.customer?.trim() || undefined,
      companyName: company || undefined,
      severityOverrides: settings.lint.rules as Record<string, Severity>,
      categorySeverity: settings.lint.severity as Partial<Record<RuleCategory, Severity>>,
    };
  }

  /** Lints text that is not open (a workspace file) and publishes it under `uri`. */
  lintText(uri: vscode.Uri, text: string): LintResult {
    const result = this.linter.lintDetailed(text, this.contextFor(text, readSettings(uri)));
    const lines = lineIndex(text);
    const at = (offset: number) => { const p = lines.position(offset); return new vscode.Position(p.line - 1, p.column - 1); };
    this.collection.set(uri, toDiagnostics(result, (s, e) => new vscode.Range(at(s), at(e))));
    this.fromWorkspace.add(uri.toString());
    return result;
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (!this.isDraft(doc)) {
      // A document that stopped being a draft (language changed, setting turned off) loses its diagnostics.
      if (this.docs.has(doc.uri.toString())) this.forget(doc);
      return;
    }
    const state = this.stateOf(doc);
    clearTimeout(state.timer);
    // A newer change cancels the pending run; the run reads the text when it fires, so it is never stale.
    state.timer = setTimeout(() => {
      state.timer = undefined;
      if (!doc.isClosed) this.run(doc);
    }, delay);
  }

  /** The state of this very document; undefined for a closed document whose URI a new one now uses. */
  private stateFor(doc: vscode.TextDocument): DocState | undefined {
    const state = this.docs.get(doc.uri.toString());
    return state?.doc === doc ? state : undefined;
  }

  private stateOf(doc: vscode.TextDocument): DocState {
    const key = doc.uri.toString();
    let state = this.docs.get(key);
    if (state?.doc !== doc) {
      clearTimeout(state?.timer);
      state = { doc, incremental: this.linter.incremental() };
      this.docs.set(key, state);
    }
    return state;
  }

  private opened(doc: vscode.TextDocument): void {
    // A new untitled draft may get the URI of one closed a moment ago: never show that one's findings on it.
    if (doc.uri.scheme === 'untitled' && this.docs.get(doc.uri.toString())?.doc !== doc) this.collection.delete(doc.uri);
    this.schedule(doc, 0);
  }

  private run(doc: vscode.TextDocument): DraftLint {
    const state = this.stateOf(doc);
    clearTimeout(state.timer);
    state.timer = undefined;
    const text = doc.getText();
    const result = state.incremental.lintDetailed(text, this.contextFor(text, readSettings(doc.uri)));
    state.last = { version: doc.version, findings: result.findings, notes: result.notes };
    this.collection.set(doc.uri, toDiagnostics(result, (s, e) => new vscode.Range(doc.positionAt(s), doc.positionAt(e))));
    this._onDidLint.fire(doc);
    return state.last;
  }

  private relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
    this.statusBar.update();
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const state = this.docs.get(key);
    // A late close of an earlier document with this URI must not wipe the draft that uses it now.
    if (state && state.doc !== doc && !state.doc.isClosed) return;
    clearTimeout(state?.timer);
    this.docs.delete(key);
    this.requested.delete(key);
    // A file a workspace lint covered stays in Problems: its saved text is linted again.
    if (doc.isClosed && this.fromWorkspace.has(key)) void this.relintFromDisk(doc.uri);
    else this.collection.delete(doc.uri);
    this._onDidLint.fire(doc);
  }

  private async relintFromDisk(uri: vscode.Uri): Promise<void> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.lintText(uri, new TextDecoder('utf-8').decode(bytes));
    } catch {
      this.collection.delete(uri);
    }
  }

  dispose(): void {
    for (const state of this.docs.values()) clearTimeout(state.timer);
    this.docs.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
