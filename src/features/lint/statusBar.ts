// "$(heart) Kindly: 3" on the right of the status bar for the active draft; the tooltip has the counts per
// severity and a click opens Problems. Hidden when the active editor is not a draft.
import * as vscode from 'vscode';
import { countBySeverity, type SeverityCounts } from '../../core/lintEditor';
import type { LintService } from './lintService';

/** "2 errors, 1 warning" (or "no problems") in the display language. */
export function describeCountsText(counts: SeverityCounts): string {
  const parts: string[] = [];
  if (counts.error) parts.push(errorsText(counts.error));
  if (counts.warning) parts.push(warningsText(counts.warning));
  if (counts.info) parts.push(vscode.l10n.t('{0} info', counts.info));
  if (counts.hint) parts.push(hintsText(counts.hint));
  return parts.length ? parts.join(', ') : vscode.l10n.t('no problems');
}
const errorsText = (n: number) => (n === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', n));
const warningsText = (n: number) => (n === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', n));
const hintsText = (n: number) => (n === 1 ? vscode.l10n.t('1 hint') : vscode.l10n.t('{0} hints', n));

export class LintStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('kindly.lint', vscode.StatusBarAlignment.Right, 100);
  private readonly subscription: vscode.Disposable;
  private shown = false;

  constructor(private readonly lint: LintService) {
    this.item.name = vscode.l10n.t('Kindly draft check');
    this.item.command = 'workbench.actions.view.problems';
    this.subscription = lint.onDidLint((doc) => { if (doc === vscode.window.activeTextEditor?.document) this.update(); });
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.lint.isDraft(doc)) { this.item.hide(); this.shown = false; return; }
    const result = this.lint.lastResult(doc) ?? this.lint.lintNow(doc);
    const counts = countBySeverity(result.findings);
    const total = result.findings.length;
    this.item.text = `$(heart) Kindly: ${total}`;
    this.item.tooltip = `${vscode.l10n.t('Kindly — this draft')}\n${errorsText(counts.error)} · ${warningsText(counts.warning)} · `
      + `${vscode.l10n.t('{0} info', counts.info)} · ${hintsText(counts.hint)}\n${vscode.l10n.t('Click to open Problems')}`;
    this.item.accessibilityInformation = { label: vscode.l10n.t('Kindly: {0}', describeCountsText(counts)), role: 'button' };
    this.item.show();
    this.shown = true;
  }

  /** Whether the item is showing (the API has no getter for it). */
  get visible(): boolean {
    return this.shown;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
