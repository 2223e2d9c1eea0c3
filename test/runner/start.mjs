// `npm start`: builds Kindly and opens a real VS Code on demo/ with Kindly loaded in development mode.
// Desktop `code` when it is on PATH; otherwise code-server (VS Code in the browser) with the URL printed.
// Rebuilds on change (esbuild --watch). Ctrl+C stops everything this started.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { buildOnce } from './build.mjs';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';
import { repoRoot } from './setup.mjs';

const demo = path.join(repoRoot, 'demo');
buildOnce({ check: true });

const hasDesktopCode = !process.env.KINDLY_USE_CODE_SERVER && spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim() !== '';
const children = [];
let server;

const watcher = spawn(process.execPath, ['esbuild.mjs', '--watch'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
children.push(watcher);

async function shutdown(code = 0) {
  for (const child of children) {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  }
  await server?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));

if (hasDesktopCode) {
  console.log('Opening VS Code with Kindly in development mode on demo/ …');
  const code = spawn('code', ['--new-window', '--wait', `--extensionDevelopmentPath=${repoRoot}`, demo], { stdio: 'inherit', detached: true });
  children.push(code);
  code.on('exit', () => void shutdown(0));
} else {
  server = await startCodeServer({ settings: { 'kindly.agent.name': 'Asha', 'kindly.company.name': 'Acme' } });
  const url = workbenchUrl(server, { folder: demo, extensionDevelopmentPath: repoRoot });
  console.log('\nKindly is running in a real VS Code (code-server). Open this URL in a browser:\n');
  console.log(`  ${url}\n`);
  console.log('The window title shows "[Extension Development Host]"; Kindly is in the activity bar. Ctrl+C stops it.');
  if (process.env.DISPLAY || process.platform === 'darwin') {
    const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
    spawn(opener, [url], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
  }
}
