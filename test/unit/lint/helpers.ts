// Shared by the lint tests: the built-in rules, read once, and a linter over them.
import * as path from 'node:path';
import { loadBuiltinRules } from '../../../bench/lint-accuracy';
import { createLinter, type Linter, type LintRule } from '../../../src/core/lint';

export const REPO = path.resolve(__dirname, '../../..');
let rules: LintRule[] | undefined;
let linter: Linter | undefined;

export function builtinRules(): LintRule[] {
  rules ??= loadBuiltinRules(path.join(REPO, 'snippets', 'rules'));
  return rules;
}

export function builtinLinter(): Linter {
  linter ??= createLinter(builtinRules());
  return linter;
}

/** Categories found in `text`, with the flagged text: ["refusal:we can't", …]. */
export function found(text: string, ctx = {}): string[] {
  return builtinLinter().lint(text, ctx).map((f) => `${f.category}:${f.match}`);
}
