// Starts a real VS Code (code-server: VS Code's server and web workbench) for tests and `npm start`.
// It runs detached in its own process group so that stop() ends the extension host and watchers too.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry, ensureCodeServer, node24, repoRoot } from './setup.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Quiet, deterministic user settings: no welcome page, no trust prompt, no telemetry. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Dark Modern',
  'window.commandCenter': false,
  'git.enabled': false,
};

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

/**
 * @param {{ env?: Record<string,string>, settings?: Record<string, unknown>, quiet?: boolean, extensionsDir?: string }} [options]
 */
export async function startCodeServer(options = {}) {
  ensureCodeServer();
  const port = await freePort();
  const dataRoot = mkdtempSync(path.join(os.tmpdir(), 'kindly-vscode-'));
  const userDataDir = path.join(dataRoot, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(dataRoot, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...options.settings }, null, 2));
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    // Lets the URL payload load the extension under development and its tests; bound to 127.0.0.1 only.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = spawn(node24, args, {
    cwd: repoRoot,
    detached: true,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines = [];
  const keep = (chunk) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) logLines.push(line);
    if (logLines.length > 400) logLines.splice(0, logLines.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      try { process.kill(-child.pid, 0); } catch { return; }
      await new Promise((r) => setTimeout(r, 100));
    }
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  try {
    await waitForHealth(url, child, 60_000);
  } catch (err) {
    await stop();
    throw new Error(`${err.message}\n--- code-server log ---\n${logLines.join('\n')}`);
  }
  return { url, port, userDataDir, extensionsDir, dataRoot, stop, log: () => logLines.join('\n') };
}

/** The workbench URL that opens `folder` with an extension in development mode (and optionally its tests). */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = `127.0.0.1:${server.port}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${authority}${extensionDevelopmentPath}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${extensionTestsPath}`]);
  const query = new URLSearchParams({ folder });
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query}`;
}
