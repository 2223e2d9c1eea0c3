// Quick fixes on Kindly's findings: one "Replace with …" per rewrite (the first preferred), "Fix all Kindly
// problems in this draft" (also as the source action `source.fixAll.kindly` for `editor.codeActionsOnSave`),
// "Ignore … in this draft" and "Why was this flagged?". Every edit is one WorkspaceEdit, so one undo step.
import * as vscode from 'vscode';
import { applyFix, type Finding } from '../../core/lint';
import { fixAllEdits, ignoreRuleEdit } from '../../core/lintEditor';
import { ruleIdOf, toDiagnostic } from './diagnostics';
import type { LintService } from './lintService';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('kindly');
/** The fix-all code action's title (looked up when shown, in the display language). */
export const fixAllTitle = (): string => vscode.l10n.t('Fix all Kindly problems in this draft');

/** A rewrite, resolved into its edit only when chosen, after checking the draft still has the flagged text. */
class RewriteAction extends vscode.CodeAction {
  constructor(
    title: string,
    readonly uri: vscode.Uri,
    readonly version: number,
    /** The flagged range and text when the action was offered. */
    readonly flagged: vscode.Range,
    readonly match: string,
    /** The range and text of the edit (a deletion may take a neighbouring space or comma). */
    readonly editRange: vscode.Range,
    readonly newText: string,
  ) {
    super(title, vscode.CodeActionKind.QuickFix);
  }
}

function intersects(a: vscode.CodeActionKind | undefined, b: vscode.CodeActionKind): boolean {
  return !a || a.contains(b) || b.contains(a);
}

export class LintCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly lint: LintService) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!this.lint.isDraft(doc)) return [];
    const only = context.only;
    const wantFixAllSource = !!only && intersects(only, FIX_ALL_KIND) && !vscode.CodeActionKind.QuickFix.contains(only);
    const wantQuickFixes = intersects(only, vscode.CodeActionKind.QuickFix);
    if (!wantFixAllSource && !wantQuickFixes) return [];
    const { findings } = this.lint.lintNow(doc);
    const text = doc.getText();
    const actions: vscode.CodeAction[] = [];

    if (wantFixAllSource) {
      const fixAll = this.fixAllAction(doc, text, findings, FIX_ALL_KIND);
      if (fixAll) actions.push(fixAll);
    }
    if (!wantQuickFixes) return actions;

    const from = doc.offsetAt(range.start);
    const to = doc.offsetAt(range.end);
    const here = findings.filter((f) => f.start <= to && from <= f.end);
    if (here.length === 0) return actions;
    const ignored = new Set<string>();
    for (const f of here) {
      const flagged = new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end));
      const published = context.diagnostics.filter((d) => ruleIdOf(d) === f.ruleId && d.range.isEqual(flagged));
      const diagnostics = published.length ? published : [toDiagnostic(f, flagged)];
      f.rewrites.forEach((rewrite, i) => {
        const edit = applyFix(text, f, i);
        const title = rewrite === '' ? vscode.l10n.t('Remove “{0}”', f.match) : vscode.l10n.t('Replace with “{0}”', rewrite);
        const action = new RewriteAction(title, doc.uri, doc.version, flagged, f.match,
          new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.newText);
        action.isPreferred = i === 0;
        action.diagnostics = diagnostics;
        actions.push(action);
      });
    }
    const fixAll = this.fixAllAction(doc, text, findings, vscode.CodeActionKind.QuickFix);
    if (fixAll) actions.push(fixAll);
    for (const f of here) {
      if (ignored.has(f.ruleId)) continue;
      ignored.add(f.ruleId);
      const edit = ignoreRuleEdit(text, f.ruleId);
      if (edit) {
        const ignore = new vscode.CodeAction(vscode.l10n.t('Ignore “{0}” in this draft', f.ruleId), vscode.CodeActionKind.QuickFix);
        ignore.edit = new vscode.WorkspaceEdit();
        ignore.edit.insert(doc.uri, doc.positionAt(edit.start), edit.newText);
        actions.push(ignore);
      }
      const why = new vscode.CodeAction(vscode.l10n.t('Why was this flagged? ({0})', f.ruleId), vscode.CodeActionKind.QuickFix);
      why.command = { command: 'kindly.explainFinding', title: vscode.l10n.t('Why was this flagged?'), arguments: [f.ruleId] };
      actions.push(why);
    }
    return actions;
  }

  /** Fills in a rewrite's edit, or refuses when the draft no longer has the flagged text where it was. */
  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (!(action instanceof RewriteAction)) return action;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === action.uri.toString());
    if (!doc || (doc.version !== action.version && doc.getText(action.flagged) !== action.match)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Kindly: the draft changed since this fix was offered, so “{0}” was left as it is. Try the fix again.', action.match));
      return action;
    }
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(doc.uri, action.editRange, action.newText);
    return action;
  }

  private fixAllAction(doc: vscode.TextDocument, text: string, findings: readonly Finding[], kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const edits = fixAllEdits(text, findings);
    if (edits.length === 0) return undefined;
    const action = new vscode.CodeAction(fixAllTitle(), kind);
    action.edit = fixAllWorkspaceEdit(doc, edits);
    return action;
  }
}

/** One WorkspaceEdit for all the edits (so one undo step). */
export function fixAllWorkspaceEdit(doc: vscode.TextDocument, edits: readonly { start: number; end: number; newText: string }[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return edit;
}
