// The linter's commands: Lint Draft, Lint Workspace Drafts, Fix All, Copy Reply for Sending (the pre-send
// gate) and "Why was this flagged?".
import * as vscode from 'vscode';
import type { Finding } from '../../core/lint';
import { countBySeverity, fixAllEdits, listFindings, replyForSending, sendGate, type SeverityCounts } from '../../core/lintEditor';
import { readSettings } from '../../settings';
import { fixAllWorkspaceEdit } from './codeActions';
import type { LintService } from './lintService';
import { describeCountsText } from './statusBar';

/** Files larger than this are skipped by "Lint Workspace Drafts" (a reply draft is never that long). */
export const MAX_WORKSPACE_FILE_BYTES = 2 * 1024 * 1024;

function targetDocument(uri?: vscode.Uri): vscode.TextDocument | undefined {
  if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return vscode.window.activeTextEditor?.document;
}

export interface LintDraftResult {
  counts: SeverityCounts;
  findings: number;
  /** True when only the selection was reported. */
  selection: boolean;
}

/** "Kindly: Lint Draft": lints the active document (or reports the selection) and shows a short summary. */
export function lintDraft(lint: LintService): LintDraftResult | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Kindly: open a reply draft to lint it.'));
    return undefined;
  }
  const doc = editor.document;
  if (!lint.isLintable(doc.uri)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Kindly: this file is part of a pack or is not a local file, so it is not linted as a draft.'));
    return undefined;
  }
  let { findings } = lint.lintNow(doc, { request: true });
  const selection = editor.selections.some((s) => !s.isEmpty);
  if (selection) {
    const spans = editor.selections.filter((s) => !s.isEmpty).map((s) => [doc.offsetAt(s.start), doc.offsetAt(s.end)] as const);
    findings = findings.filter((f) => spans.some(([a, b]) => f.start < b && a < f.end));
  }
  const counts = countBySeverity(findings);
  if (findings.length === 0) {
    void vscode.window.showInformationMessage(selection ? vscode.l10n.t('Kindly: no problems in the selection — kind and clear.')
      : vscode.l10n.t('Kindly: no problems in this draft — kind and clear.'));
  } else {
    const show = vscode.l10n.t('Show Problems');
    const described = describeCountsText(counts);
    void vscode.window.showInformationMessage(selection ? vscode.l10n.t('Kindly: {0} in the selection — see Problems', described)
      : vscode.l10n.t('Kindly: {0} in this draft — see Problems', described), show)
      .then((pick) => { if (pick === show) void vscode.commands.executeCommand('workbench.actions.view.problems'); });
  }
  return { counts, findings: findings.length, selection };
}

export interface LintWorkspaceResult {
  files: number;
  findings: number;
  skipped: string[];
  cancelled: boolean;
}

/** "Kindly: Lint Workspace Drafts": every file matching the glob setting, results in Problems. */
export async function lintWorkspace(lint: LintService): Promise<LintWorkspaceResult> {
  const settings = readSettings();
  const result: LintWorkspaceResult = { files: 0, findings: 0, skipped: [], cancelled: false };
  await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Kindly: linting workspace drafts'), cancellable: true,
  }, async (progress, token) => {
    const uris = (await vscode.workspace.findFiles(settings.lint.workspaceGlob, settings.lint.exclude || undefined, undefined, token))
      .filter((u) => lint.isLintable(u))
      .sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const step = uris.length ? 100 / uris.length : 100;
    for (const uri of uris) {
      if (token.isCancellationRequested) { result.cancelled = true; break; }
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: step });
      const doc = open.get(uri.toString());
      if (doc) {
        result.findings += lint.lintNow(doc, { request: true }).findings.length;
        result.files++;
        continue;
      }
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_WORKSPACE_FILE_BYTES) { result.skipped.push(vscode.workspace.asRelativePath(uri)); continue; }
        const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
        result.findings += lint.lintText(uri, text).findings.length;
        result.files++;
      } catch (err) {
        console.warn(`[kindly] could not lint ${uri.fsPath}`, err);
      }
      // Let the extension host breathe between files (and the Cancel button be heard).
      await new Promise((r) => setImmediate(r));
    }
  });
  const skippedList = `${result.skipped.slice(0, 3).join(', ')}${result.skipped.length > 3 ? ', …' : ''}`;
  const skipped = result.skipped.length === 0 ? ''
    : ` ${result.skipped.length === 1 ? vscode.l10n.t('Skipped 1 file over 2 MB: {0}.', skippedList)
      : vscode.l10n.t('Skipped {0} files over 2 MB: {1}.', result.skipped.length, skippedList)}`;
  const drafts = result.files === 1 ? vscode.l10n.t('1 draft') : vscode.l10n.t('{0} drafts', result.files);
  const found = result.findings === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', result.findings);
  const summary = result.cancelled
    ? (result.files === 1 ? vscode.l10n.t('Kindly: stopped after 1 file.') : vscode.l10n.t('Kindly: stopped after {0} files.', result.files))
    : result.findings ? vscode.l10n.t('Kindly: linted {0}: {1} — see Problems.', drafts, found) : vscode.l10n.t('Kindly: linted {0}: {1}.', drafts, found);
  const show = vscode.l10n.t('Show Problems');
  void vscode.window.showInformationMessage(summary + skipped, ...(result.findings ? [show] : []))
    .then((pick) => { if (pick === show) void vscode.commands.executeCommand('workbench.actions.view.problems'); });
  return result;
}

/** Applies the preferred rewrite of every finding in the draft as ONE edit. Returns how many were fixed. */
export async function fixAll(lint: LintService, doc: vscode.TextDocument): Promise<number> {
  const { findings } = lint.lintNow(doc, { request: true });
  const edits = fixAllEdits(doc.getText(), findings);
  if (edits.length === 0) return 0;
  const ok = await vscode.workspace.applyEdit(fixAllWorkspaceEdit(doc, edits));
  if (!ok) throw new Error(vscode.l10n.t('the draft could not be edited (is it read-only?)'));
  lint.lintNow(doc);
  return edits.length;
}

/** "Kindly: Fix All". */
export async function fixAllCommand(lint: LintService, uri?: vscode.Uri): Promise<number> {
  const doc = targetDocument(uri);
  if (!doc || !lint.isLintable(doc.uri)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Kindly: open a reply draft to fix it.'));
    return 0;
  }
  const fixed = await fixAll(lint, doc);
  const left = lint.lintNow(doc).findings.length;
  const rest = !left ? '' : ` ${left === 1 ? vscode.l10n.t('1 left that needs your own words.') : vscode.l10n.t('{0} left that need your own words.', left)}`;
  const done = fixed === 0 ? vscode.l10n.t('Kindly: nothing to fix automatically.')
    : fixed === 1 ? vscode.l10n.t('Kindly: fixed 1 problem.') : vscode.l10n.t('Kindly: fixed {0} problems.', fixed);
  void vscode.window.showInformationMessage(done + rest);
  return fixed;
}

export const GATE_CHOICES = ['Show problems', 'Fix all', 'Copy anyway'] as const;
export type GateChoice = (typeof GATE_CHOICES)[number] | 'cancel';

export interface CopyResult {
  copied: boolean;
  /** The text put on the clipboard, when copied. */
  text?: string;
  /** Findings that blocked (or would have blocked) the copy. */
  blocking: number;
  /** Warnings listed but not blocking. */
  listed: number;
  /** What the modal answered (or undefined when there was no modal). */
  choice?: GateChoice;
}

function readChoice(options: unknown): GateChoice | undefined {
  if (!options || typeof options !== 'object') return undefined;
  const choice = (options as { choice?: unknown }).choice;
  return choice === 'cancel' || (GATE_CHOICES as readonly unknown[]).includes(choice) ? choice as GateChoice : undefined;
}

/**
 * "Kindly: Copy Reply for Sending" — the pre-send gate. Copies the reply without its header and without
 * Kindly's comments. When errors remain (or warnings, with `kindly.send.blockOnWarnings`) it refuses with a
 * modal offering "Show problems", "Fix all" and "Copy anyway"; other warnings are listed but do not block.
 *
 * `options.choice` answers the modal without showing it. It exists ONLY for the extension-host tests, which
 * cannot click a modal dialog; the palette, menus and keybindings never pass it.
 */
export async function copyForSending(lint: LintService, options?: unknown): Promise<CopyResult> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !lint.isLintable(doc.uri)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Kindly: open a reply draft to copy it for sending.'));
    return { copied: false, blocking: 0, listed: 0 };
  }
  const settings = readSettings(doc.uri);
  let gate = sendGate(lint.lintNow(doc, { request: true }).findings, settings.sendBlockOnWarnings);
  let choice: GateChoice | undefined;
  if (gate.blocking.length) {
    choice = readChoice(options) ?? await askGate(gate.blocking);
    if (choice === 'Show problems') {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      return { copied: false, blocking: gate.blocking.length, listed: gate.listed.length, choice };
    }
    if (choice === 'Fix all') {
      await fixAll(lint, doc);
      gate = sendGate(lint.lintNow(doc).findings, settings.sendBlockOnWarnings);
      if (gate.blocking.length) {
        const n = gate.blocking.length;
        warnWithProblems(n === 1 ? vscode.l10n.t('Kindly: not copied — 1 problem needs your own words:')
          : vscode.l10n.t('Kindly: not copied — {0} problems need your own words:', n), gate.blocking);
        return { copied: false, blocking: gate.blocking.length, listed: gate.listed.length, choice };
      }
    } else if (choice !== 'Copy anyway') {
      return { copied: false, blocking: gate.blocking.length, listed: gate.listed.length, choice: 'cancel' };
    }
  }
  const text = replyForSending(doc.getText());
  await vscode.env.clipboard.writeText(text);
  if (gate.listed.length) {
    const n = gate.listed.length;
    warnWithProblems(n === 1 ? vscode.l10n.t('Kindly: reply copied. 1 warning to consider:')
      : vscode.l10n.t('Kindly: reply copied. {0} warnings to consider:', n), gate.listed);
  } else {
    void vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Kindly: reply copied for sending')}`, 3000);
  }
  return { copied: true, text, blocking: gate.blocking.length, listed: gate.listed.length, choice };
}

/** A non-modal warning listing the findings, with a button that opens Problems. */
function warnWithProblems(headline: string, findings: readonly Finding[]): void {
  const show = vscode.l10n.t('Show problems');
  void vscode.window.showWarningMessage(`${headline}\n${listFindings(findings)}`, show)
    .then((pick) => { if (pick === show) void vscode.commands.executeCommand('workbench.actions.view.problems'); });
}

async function askGate(blocking: readonly Finding[]): Promise<GateChoice> {
  const n = blocking.length;
  // The buttons show in the display language; the answer is one of GATE_CHOICES whatever the language.
  const labels: Record<(typeof GATE_CHOICES)[number], string> = {
    'Show problems': vscode.l10n.t('Show problems'), 'Fix all': vscode.l10n.t('Fix all'), 'Copy anyway': vscode.l10n.t('Copy anyway'),
  };
  const pick = await vscode.window.showWarningMessage(
    n === 1 ? vscode.l10n.t('Kindly: this reply has 1 problem to fix before sending.') : vscode.l10n.t('Kindly: this reply has {0} problems to fix before sending.', n),
    { modal: true, detail: listFindings(blocking, 8) },
    ...GATE_CHOICES.map((c) => labels[c]),
  );
  return GATE_CHOICES.find((c) => labels[c] === pick) ?? 'cancel';
}

/** "Why was this flagged?": the rule's message and description, with its guidance link and definition. */
export async function explainFinding(lint: LintService, ruleId?: string): Promise<void> {
  const rule = ruleId ? lint.packs.rules.find((r) => r.id === ruleId) : undefined;
  if (!rule) {
    void vscode.window.showInformationMessage(ruleId ? vscode.l10n.t('Kindly: the rule “{0}” is no longer loaded.', ruleId) : vscode.l10n.t('Kindly: no rule given.'));
    return;
  }
  const openGuidance = vscode.l10n.t('Open guidance');
  const openDefinition = vscode.l10n.t('Open rule definition');
  const actions = [...(rule.link ? [openGuidance] : []), openDefinition];
  const detail = [rule.message, rule.description].filter(Boolean).join(' ');
  const pick = await vscode.window.showInformationMessage(
    vscode.l10n.t('Kindly flagged this ({0}, rule “{1}”): {2}', rule.category, rule.id, detail), ...actions);
  if (pick === openGuidance && rule.link) await vscode.env.openExternal(vscode.Uri.parse(rule.link, true));
  if (pick === openDefinition) {
    const line = Math.max(0, rule.origin.line - 1);
    await vscode.window.showTextDocument(vscode.Uri.file(rule.origin.file), { selection: new vscode.Range(line, 0, line, 0), preview: true });
  }
}
