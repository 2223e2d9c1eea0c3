// Runs the browser suite (test/ui): Playwright drives headless Chromium against the real VS Code workbench.
// Usage: node test/runner/ui.mjs [--no-build] [--grep pattern]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOnce } from './build.mjs';
import { ensureChromium, ensureCodeServer, repoRoot } from './setup.mjs';

/** @returns {{ code: number, output: string }} */
export function runUiTests(extraArgs = []) {
  ensureCodeServer();
  ensureChromium();
  const mocha = path.join(repoRoot, 'node_modules/mocha/bin/mocha.js');
  const args = ['--import', 'tsx', mocha, '--no-config', '--ui', 'bdd', '--timeout', '180000', ...extraArgs, 'test/ui/**/*.test.ts'];
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] , maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return { code: result.status ?? 1, output: result.stdout };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (!args.includes('--no-build')) buildOnce();
  process.exit(runUiTests(args.filter((a) => a !== '--no-build')).code);
}
