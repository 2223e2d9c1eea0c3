// Packages Kindly as a .vsix, installs it into a fresh extensions folder of the real VS Code
// (code-server --install-extension) and runs the smoke suite against that installed copy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVsix } from '../../scripts/package.mjs';
import { runHostTests } from './host.mjs';
import { codeServerEntry, ensureCodeServer, node24, repoRoot } from './setup.mjs';

export async function runSmokeTests() {
  ensureCodeServer();
  const vsix = packageVsix({ quiet: true });
  console.log(`packaged ${path.basename(vsix)} (${(statSync(vsix).size / 1024).toFixed(0)} KiB)`);
  const extensionsDir = mkdtempSync(path.join(os.tmpdir(), 'kindly-installed-'));
  try {
    const install = spawnSync(node24, [codeServerEntry, '--install-extension', vsix, '--extensions-dir', extensionsDir], { encoding: 'utf8' });
    if (install.status !== 0) {
      console.error(install.stdout, install.stderr);
      return { code: 1, passes: 0, failures: 1, pending: 0 };
    }
    console.log(install.stdout.trim().split('\n').filter((l) => /install/i.test(l)).join('\n'));
    return await runHostTests({
      extensionDevelopmentPath: path.join(repoRoot, 'test/fixtures/smoke-host'),
      extensionTestsPath: path.join(repoRoot, 'out/test/smoke/index.js'),
      extensionsDir,
      env: { KINDLY_REPO_ROOT: repoRoot },
    });
  } finally {
    rmSync(extensionsDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit((await runSmokeTests()).code);
}
