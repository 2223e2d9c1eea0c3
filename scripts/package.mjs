// `npm run package`: minified production bundles, then a .vsix with @vscode/vsce. Prints its size and
// what it contains, then restores the development bundles (source maps) used by tests and `npm start`.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

export function packageVsix({ quiet = false } = {}) {
  const out = path.join(root, `${name}-${version}.vsix`);
  const stdio = quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit';
  execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio });
  try {
    execFileSync(process.execPath, [
      path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package',
      '--no-dependencies',           // everything is bundled by esbuild
      '--allow-missing-repository',  // teams install the .vsix directly; there is no Marketplace repository link
      '--no-rewrite-relative-links', // README images stay relative
      '--out', out,
    ], { cwd: root, stdio });
  } finally {
    execFileSync(process.execPath, ['esbuild.mjs', '--no-check'], { cwd: root, stdio });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const vsix = packageVsix();
  const listing = execFileSync('unzip', ['-l', vsix], { encoding: 'utf8' });
  const snippetBytes = listing.split('\n').filter((l) => l.includes('extension/snippets/')).reduce((n, l) => n + Number(l.trim().split(/\s+/)[0] || 0), 0);
  console.log(`\n${path.basename(vsix)}: ${(statSync(vsix).size / 1024).toFixed(1)} KiB compressed`);
  console.log(`built-in pack content inside it: ${(snippetBytes / 1024).toFixed(1)} KiB uncompressed`);
}
