// Every rule carries examples that must be flagged and examples that must pass; running them is how a pack
// author (and the pack loader) knows a rule does what its message says.
import type { LintRule } from './types';
import { createLinter, validateRule } from './linter';

/**
 * Lints each of the rule's examples with the rule alone and returns one message per example that does not
 * behave: a `flag` example the rule misses, or a `pass` example it flags. [] when all behave. A rule that
 * cannot be compiled reports why instead.
 */
export function checkRuleExamples(rule: LintRule): string[] {
  const problems = validateRule(rule);
  if (problems.length) return problems.map((p) => `rule "${rule.id}": ${p}`);
  const linter = createLinter([{ ...rule, severity: rule.severity === 'off' ? 'warning' : rule.severity }]);
  const out: string[] = [];
  const examples = rule.examples ?? { flag: [], pass: [] };
  for (const text of examples.flag ?? []) {
    if (!linter.lint(text).some((f) => f.ruleId === rule.id)) out.push(`rule "${rule.id}": example should be flagged but is not: "${text}"`);
  }
  for (const text of examples.pass ?? []) {
    const hit = linter.lint(text).find((f) => f.ruleId === rule.id);
    if (hit) out.push(`rule "${rule.id}": example should pass but "${hit.match}" is flagged: "${text}"`);
  }
  return out;
}
