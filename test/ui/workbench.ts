// Opens the real VS Code workbench (code-server) in headless Chromium with Kindly in development mode,
// on a fresh copy of the fixture workspace, and offers the few UI gestures the browser tests need.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helpers shared with the runners.
import { launchBrowser } from '../runner/browser.mjs';
// @ts-expect-error — plain ESM helpers shared with the runners.
import { startCodeServer, workbenchUrl } from '../runner/codeServer.mjs';

export const repoRoot = path.resolve(__dirname, '../..');
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

export interface Workbench {
  page: Page;
  workspace: string;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  fixture?: string;
  settings?: Record<string, unknown>;
  /** Adds files to the workspace copy before VS Code opens it (the fixture folder itself is never written). */
  prepare?: (workspace: string) => void;
}

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kindly-ui-'));
  const workspace = path.join(scratch, 'workspace');
  cpSync(options.fixture ?? path.join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });
  options.prepare?.(workspace);
  const server = await startCodeServer({ settings: options.settings });
  const browser: Browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: repoRoot }));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The activity bar is the last part to appear; once Kindly's entry is there the workbench is usable.
  await page.locator('.part.activitybar [aria-label^="Kindly"]').first().waitFor({ timeout: 60_000 });
  return {
    page,
    workspace,
    async close() {
      await browser.close().catch(() => undefined);
      await server.stop();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Runs a command from the palette by keyboard, as a user would: F1, type its title, Enter. */
export async function runFromPalette(page: Page, title: string): Promise<void> {
  await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } }).catch(() => undefined);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Opens a workspace file through Quick Open. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first().waitFor();
}

/** The frame that holds Kindly's sidebar page (webviews nest their content in iframes). */
export async function sidebarFrame(page: Page, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator('#app').count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('the Kindly sidebar page did not load');
}

/** The visible text of the active editor, read from the DOM (Monaco renders lines as .view-line). */
export async function editorText(page: Page): Promise<string> {
  // Monaco reuses line elements, so DOM order is not document order: sort by vertical position.
  const lines = await page.locator('.editor-instance .view-lines .view-line').evaluateAll((els) =>
    els.map((e) => ({ top: parseFloat((e as unknown as { style: { top: string } }).style.top) || 0, text: e.textContent ?? '' })));
  return lines.sort((a, b) => a.top - b.top).map((l) => l.text).join('\n').replace(/\u00a0/g, ' ');
}
