// `npm test`: type-check, build, unit tests, extension-host tests in a real VS Code, browser tests in
// Chromium against the real workbench. Prints each suite's mocha report and one summary line at the end.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { buildOnce } from './build.mjs';
import { runHostTests } from './host.mjs';
import { ensureChromium, ensureCodeServer, repoRoot } from './setup.mjs';
import { runSmokeTests } from './smoke.mjs';
import { runUiTests } from './ui.mjs';

const suites = [];
const banner = (name) => console.log(`\n━━━ ${name} ━━━`);

/** Mocha's spec reporter ends with "N passing", "N failing", "N pending". */
function countsFrom(output) {
  const num = (re) => Number((output.match(re) ?? [])[1] ?? 0);
  return { passes: num(/^\s*(\d+) passing/m), failures: num(/^\s*(\d+) failing/m), pending: num(/^\s*(\d+) pending/m) };
}

function record(name, code, counts) {
  // A suite that crashed before reporting still counts as a failure.
  const failures = counts.failures || (code !== 0 ? 1 : 0);
  suites.push({ name, code, ...counts, failures });
}

try {
  banner('setup');
  ensureCodeServer();
  console.log(`chromium: ${ensureChromium()}`);

  banner('type-check and build');
  buildOnce({ check: true });

  banner('unit tests (src/core, plain Node)');
  const unit = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/mocha/bin/mocha.js')], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(unit.stdout);
  process.stderr.write(unit.stderr);
  record('unit', unit.status ?? 1, countsFrom(unit.stdout));

  banner('extension-host tests (real VS Code via code-server)');
  const host = await runHostTests();
  record('extension host', host.code, host);

  banner('browser tests (Chromium + Playwright against the real workbench)');
  const ui = runUiTests();
  record('browser', ui.code, countsFrom(ui.output));

  banner('packaged .vsix installed into the real VS Code (smoke)');
  const smoke = await runSmokeTests();
  record('vsix smoke', smoke.code, smoke);
} catch (err) {
  console.error(`\n${err instanceof Error ? err.message : String(err)}`);
  record('setup/build', 1, { passes: 0, failures: 1, pending: 0 });
}

console.log('\n━━━ summary ━━━');
for (const s of suites) console.log(`${s.name.padEnd(16)} ${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} pending` : ''}`);
const passed = suites.reduce((n, s) => n + s.passes, 0);
const failed = suites.reduce((n, s) => n + s.failures, 0);
console.log(`Screenshots: ${path.join(repoRoot, 'test-artifacts')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || suites.some((s) => s.code !== 0) ? 1 : 0);
