// Kindly's draft linter: pure, no vscode. See linter.ts for how a draft is linted.
export type { ActiveSeverity, Finding, LintContext, LintResult, LintRule, LinterOptions, RuleProblem } from './types';
export { createLinter, IncrementalLinter, Linter, validateRule } from './linter';
export { checkRuleExamples } from './examples';
export { checkPatternSafety } from '../regex/safety';
export { adaptCase, applyAllFixes, applyEdit, applyFix, type TextEdit } from './fixes';
export { lineIndex, type LineIndex, type Position } from './lines';
export { CHECK_NAMES } from './checks';
export { expandPhrase } from './matcher';
export { normalizeWords } from './chars';
export { suppressions, excludedRanges } from './zones';
