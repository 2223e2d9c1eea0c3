import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { measure, precision, readJsonl, recall, totals } from '../../../bench/lint-accuracy';
import { builtinLinter, REPO } from './helpers';

// Regression floor on the dev set (hand-written while building the rules) and, when present, the
// labelled set another helper wrote. Floors sit below today's figures so wording tweaks do not break the
// build, but a real regression does.
// The held-out set was used for tuning too (phrase families, not its sentences), so its floor guards
// against regressions, not generalisation; the blind set measures that.
const sets: Array<[string, number, number]> = [
  ['test/fixtures/lint/dev', 0.95, 0.95],
  ['test/fixtures/lint/labelled', 0.95, 0.95],
  ['test/fixtures/lint/heldout', 0.95, 0.95],
];

describe('lint: accuracy floor', () => {
  for (const [dir, minP, minR] of sets) {
    const abs = path.join(REPO, dir);
    if (!fs.existsSync(abs)) continue;
    const drafts = fs.readdirSync(abs).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readJsonl(path.join(abs, f)));
    for (const lang of ['en', 'hi', 'bn']) {
      it(`${dir}: ${lang} precision ≥ ${minP} and recall ≥ ${minR}`, () => {
        const report = measure(drafts.filter((d) => d.lang === lang), builtinLinter());
        const t = totals(report);
        assert.ok(precision(t) >= minP && recall(t) >= minR, `P=${precision(t).toFixed(2)} R=${recall(t).toFixed(2)}`);
      });
    }
  }
});
