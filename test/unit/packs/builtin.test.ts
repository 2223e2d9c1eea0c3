// The built-in pack ships through the same loader as team packs: it must load with no errors.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkRuleExamples } from '../../../src/core/lint';
import { describeProblem, loadPack } from '../../../src/core/packs';
import { REPO_ROOT } from './helpers';

describe('packs: the built-in pack in snippets/', () => {
  it('loads with zero error problems (rule examples included)', async () => {
    const pack = await loadPack(path.join(REPO_ROOT, 'snippets'), 'builtin', { checkRule: checkRuleExamples });
    const errors = pack.problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((p) => `${path.relative(REPO_ROOT, p.file)}:${p.line}:${p.column} ${describeProblem(p)}`), []);
    assert.deepEqual(pack.manifest.languages.slice().sort(), ['bn', 'en', 'hi']);
    assert.ok(pack.templates.length > 0 && pack.phrases.length > 0);
  });
});
