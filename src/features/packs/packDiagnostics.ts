// Pack problems as diagnostics on the pack files, so they show in the Problems panel and as squiggles
// while a support lead edits; plus one non-modal notification when new problems appear.
import * as vscode from 'vscode';
import type { PackProblem } from '../../core/packs/model';

export class PackDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('kindly-packs');
  private announced = new Set<string>();

  update(problems: readonly PackProblem[]): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const line = Math.max(0, p.line - 1);
      const col = Math.max(0, p.column - 1);
      const range = new vscode.Range(line, col, line, col + 1);
      const where = p.path ? `${p.path}: ` : '';
      const d = new vscode.Diagnostic(range, `${where}${p.message}`, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'Kindly';
      if (p.code) d.code = p.code;
      const list = byFile.get(p.file) ?? [];
      list.push(d);
      byFile.set(p.file, list);
    }
    this.collection.clear();
    for (const [file, list] of byFile) this.collection.set(vscode.Uri.file(file), list);
    this.announce(problems);
  }

  /** Problems the user has not been told about yet get one notification, never a modal. */
  private announce(problems: readonly PackProblem[]): void {
    const keys = new Set(problems.map((p) => `${p.file}:${p.line}:${p.column}:${p.message}`));
    const fresh = [...keys].filter((k) => !this.announced.has(k));
    this.announced = keys;
    if (fresh.length === 0) return;
    const files = new Set(problems.map((p) => p.file)).size;
    const count = problems.length === 1 ? vscode.l10n.t('1 pack problem') : vscode.l10n.t('{0} pack problems', problems.length);
    const where = files === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', files);
    const message = vscode.l10n.t('Kindly: {0} in {1}. The rest of each pack is loaded.', count, where);
    const show = vscode.l10n.t('Show problems');
    void vscode.window.showWarningMessage(message, show).then((choice) => {
      if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }

  dispose(): void {
    this.collection.dispose();
  }
}
