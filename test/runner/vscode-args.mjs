// Receives VS Code desktop's command line from @vscode/test-electron and runs the suite in code-server.
import * as path from 'node:path';
import { runHostTests } from './host.mjs';

const args = process.argv.slice(2);
const value = (name) => {
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const folder = args.find((a) => !a.startsWith('-') && path.isAbsolute(a) && a !== value('extensionDevelopmentPath') && a !== value('extensionTestsPath'));
const { code } = await runHostTests({
  extensionDevelopmentPath: value('extensionDevelopmentPath'),
  extensionTestsPath: value('extensionTestsPath')?.replace(/\.js$/, '') + '.js',
  workspace: folder,
});
process.exit(code);
