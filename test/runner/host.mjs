// Runs the extension-host suite (test/integration) inside a real VS Code: code-server's Node extension
// host, opened by headless Chromium with the development/test payload. Prints mocha's report and exits
// with the suite's exit code. Usage: node test/runner/host.mjs [--grep pattern] [--no-build]
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, consoleText } from './browser.mjs';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';
import { repoRoot } from './setup.mjs';
import { buildOnce } from './build.mjs';

const FIXTURE = path.join(repoRoot, 'test/fixtures/workspace');

/**
 * @param {{ extensionDevelopmentPath?: string, extensionTestsPath?: string, workspace?: string, grep?: string, timeoutMs?: number, extensionsDir?: string, env?: Record<string, string> }} [o]
 * @returns {Promise<{ code: number, passes: number, failures: number, pending: number }>}
 */
export async function runHostTests(o = {}) {
  const extensionDevelopmentPath = o.extensionDevelopmentPath ?? repoRoot;
  const extensionTestsPath = o.extensionTestsPath ?? path.join(repoRoot, 'out/test/integration/index.js');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kindly-host-'));
  // Tests write into the workspace, so they get a fresh copy of the fixture every run.
  const workspace = path.join(scratch, 'workspace');
  cpSync(o.workspace ?? FIXTURE, workspace, { recursive: true });
  const report = path.join(scratch, 'report.txt');
  const result = path.join(scratch, 'result.json');
  const server = await startCodeServer({
    extensionsDir: o.extensionsDir,
    env: { ...o.env, KINDLY_TEST_REPORT: report, KINDLY_TEST_RESULT: result, KINDLY_TEST_WORKSPACE: workspace, ...(o.grep ? { KINDLY_TEST_GREP: o.grep } : {}) },
  });
  const browser = await launchBrowser();
  let printed = 0;
  const flushReport = () => {
    if (!existsSync(report)) return;
    const text = readFileSync(report, 'utf8');
    if (text.length > printed) process.stdout.write(text.slice(printed));
    printed = text.length;
  };
  const ticker = setInterval(flushReport, 500);
  const errors = [];
  try {
    const page = await browser.newPage();
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))));
    page.on('console', async (msg) => {
      if (msg.type() !== 'error') return;
      const text = await consoleText(msg).catch(() => msg.text());
      // Keep extension-host errors for the failure report; workbench network noise is expected offline.
      if (/kindly|extension host|activat/i.test(text)) errors.push(text);
    });
    await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath, extensionTestsPath }));
    const timeoutMs = o.timeoutMs ?? 10 * 60_000;
    const code = await Promise.race([
      exited,
      new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs)),
    ]);
    flushReport();
    if (code === 'timeout') {
      console.error(`extension-host tests did not finish within ${timeoutMs / 1000} s`);
      await page.screenshot({ path: path.join(repoRoot, 'test-artifacts/host-timeout.png') }).catch(() => {});
      return { code: 1, passes: 0, failures: 1, pending: 0 };
    }
    const counts = existsSync(result) ? JSON.parse(readFileSync(result, 'utf8')) : { passes: 0, failures: 1, pending: 0 };
    if (!existsSync(result)) {
      console.error('the extension-host test index never reported (did the extension or the index fail to load?)');
      for (const e of errors) console.error(e);
      console.error(server.log().split('\n').slice(-40).join('\n'));
    }
    return { code: code === 0 && counts.failures === 0 ? 0 : 1, ...counts };
  } finally {
    clearInterval(ticker);
    await browser.close().catch(() => {});
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const grepAt = args.indexOf('--grep');
  if (!args.includes('--no-build')) buildOnce();
  const { code } = await runHostTests({ grep: grepAt >= 0 ? args[grepAt + 1] : undefined });
  process.exit(code);
}
