// The linter's public types. Rules come straight from packs (`RuleSpec`, or `Rule` with its origin).
import type { Origin } from '../packs/model';
import type { RuleCategory, RuleSpec, Severity } from '../packs/schema';

export type ActiveSeverity = Exclude<Severity, 'off'>;

/** A rule as the linter takes it: a pack rule, optionally with the place it was defined. */
export type LintRule = RuleSpec & { origin?: Origin; unless?: string[] };

export interface Finding {
  ruleId: string;
  category: RuleCategory;
  severity: ActiveSeverity;
  /** Short, kind explanation. */
  message: string;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** The flagged text, exactly as in the draft. */
  match: string;
  /** Positive replacements for [start, end), casing already adapted; first is preferred. */
  rewrites: string[];
  link?: string;
  /** Where the rule is defined, when the rule came from a loaded pack. */
  origin?: Origin;
}

export interface LintContext {
  /** BCP-47 tag of the draft; when set, only rules for that language (and "any") run. */
  lang?: string;
  customerName?: string;
  companyName?: string;
  /** Per rule id; "off" switches the rule off. Wins over `categorySeverity`. */
  severityOverrides?: Record<string, Severity>;
  categorySeverity?: Partial<Record<RuleCategory, Severity>>;
  /** Product or brand names that must never be flagged, e.g. "Never Late Delivery". */
  ignoreTerms?: string[];
}

export interface LinterOptions {
  /** Time one pattern rule may spend on one document before it stops with a note (default 50 ms). */
  ruleBudgetMs?: number;
  /** Findings beyond this many are dropped with a note (default 2000). */
  maxFindings?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface LintResult {
  findings: Finding[];
  /** Things the user should know about the run: a rule that timed out, findings that were capped. */
  notes: string[];
}

/** A rule the linter could not use (bad pattern, unknown check …); the rule is skipped. */
export interface RuleProblem {
  ruleId: string;
  message: string;
  origin?: Origin;
}
