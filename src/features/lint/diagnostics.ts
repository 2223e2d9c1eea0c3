// Findings → VS Code diagnostics: source "Kindly", the rule id as code (linked to the rule's guidance when it
// has a link), the severity, and related information pointing at the pack file and line defining the rule.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Finding, LintResult } from '../../core/lint';

export const DIAGNOSTIC_SOURCE = 'Kindly';
/** More diagnostics than this in one draft help nobody; the rest are summarised in one. */
export const MAX_DIAGNOSTICS = 500;

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding, range: vscode.Range): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = f.link ? { value: f.ruleId, target: vscode.Uri.parse(f.link, true) } : f.ruleId;
  if (f.origin) {
    const where = new vscode.Location(vscode.Uri.file(f.origin.file), new vscode.Position(Math.max(0, f.origin.line - 1), 0));
    d.relatedInformation = [new vscode.DiagnosticRelatedInformation(where,
      vscode.l10n.t('Rule “{0}” defined in {1} (pack {2})', f.ruleId, path.basename(f.origin.file), f.origin.packId))];
  }
  return d;
}

/** Diagnostics for one lint run, capped at MAX_DIAGNOSTICS, with the run's notes as information. */
export function toDiagnostics(result: LintResult, rangeOf: (start: number, end: number) => vscode.Range): vscode.Diagnostic[] {
  const shown = result.findings.slice(0, MAX_DIAGNOSTICS);
  const out = shown.map((f) => toDiagnostic(f, rangeOf(f.start, f.end)));
  const hidden = result.findings.length - shown.length;
  if (hidden > 0) {
    const first = result.findings[MAX_DIAGNOSTICS];
    const d = new vscode.Diagnostic(rangeOf(first.start, first.end),
      hidden === 1 ? vscode.l10n.t('1 more Kindly finding not shown') : vscode.l10n.t('{0} more Kindly findings not shown', hidden), vscode.DiagnosticSeverity.Information);
    d.source = DIAGNOSTIC_SOURCE;
    out.push(d);
  }
  for (const note of result.notes) {
    const d = new vscode.Diagnostic(rangeOf(0, 0), vscode.l10n.t('Kindly: {0}', note), vscode.DiagnosticSeverity.Information);
    d.source = DIAGNOSTIC_SOURCE;
    out.push(d);
  }
  return out;
}

/** The rule id of a Kindly diagnostic, or undefined for other diagnostics. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}
