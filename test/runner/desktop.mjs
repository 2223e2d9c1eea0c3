// `npm run test:desktop`: the same extension-host suite through @vscode/test-electron. On a desktop with
// internet it downloads VS Code and runs there. Where that is impossible (these machines), set
// KINDLY_VSCODE_EXECUTABLE=code-server, and test-electron launches our wrapper, which runs the suite in
// code-server and reports the real exit code.
import { runTests } from '@vscode/test-electron';
import * as path from 'node:path';
import { buildOnce } from './build.mjs';
import { repoRoot } from './setup.mjs';

buildOnce();
const executable = process.env.KINDLY_VSCODE_EXECUTABLE;
const options = {
  extensionDevelopmentPath: repoRoot,
  extensionTestsPath: path.join(repoRoot, 'out/test/integration/index.js'),
  launchArgs: [path.join(repoRoot, 'test/fixtures/workspace'), '--disable-extensions'],
};
if (executable === 'code-server') options.vscodeExecutablePath = path.join(repoRoot, 'test/runner/code-server-as-vscode.sh');
else if (executable) options.vscodeExecutablePath = executable;
try {
  process.exit(await runTests(options));
} catch (err) {
  console.error(`test:desktop failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
