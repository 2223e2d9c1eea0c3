// Builds the bundles the real-VS-Code runs load (no type-check: the caller decides when to type-check).
import { execFileSync } from 'node:child_process';
import { repoRoot } from './setup.mjs';

export function buildOnce({ check = false } = {}) {
  execFileSync(process.execPath, ['esbuild.mjs', ...(check ? [] : ['--no-check'])], { cwd: repoRoot, stdio: 'inherit' });
}
