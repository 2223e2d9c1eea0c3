import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { activeContent, hostsIn, leakedRequests, markers, watchPage } from './hostile';
import { editorText, openFile, openWorkbench, repoRoot, screenshot, sidebarFrame, type Workbench } from './workbench';

const galleryFile = path.join(repoRoot, 'test/fixtures/workspace/hostile-pack/articles/xss-gallery.md');

const squash = (t: string) => t.replace(/\s+/g, '');

async function waitForEditor(page: Page, check: (text: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  let text = '';
  while (Date.now() < deadline) {
    text = await editorText(page);
    if (check(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`the editor never showed ${what}: ${JSON.stringify(text)}`);
}

type QueryDoc = { document: { querySelector(s: string): { textContent: string | null; value?: string } | null; activeElement: { closest(s: string): unknown } | null } };

/** Waits (polling in the frame) until the first result's title starts with `prefix`. */
async function waitForFirstTitle(frame: Frame, prefix: string): Promise<void> {
  await frame.waitForFunction((want) => ((globalThis as unknown as QueryDoc).document.querySelector('.result .title-text')?.textContent ?? '').startsWith(want), prefix, { timeout: 15_000 });
}

describe('sidebar search in the browser', function () {
  this.timeout(240_000);
  let wb: Workbench;
  let watched: ReturnType<typeof watchPage>;
  let frame: Frame;

  before(async () => {
    wb = await openWorkbench();
    watched = watchPage(wb.page);
  });
  after(async () => { await wb?.close(); });

  it('finds the intended template despite a typo as the agent types, and Enter inserts it filled in', async () => {
    const { page } = wb;
    await openFile(page, 'draft.md');
    await page.locator('.part.activitybar [aria-label^="Kindly"]').first().click();
    frame = await sidebarFrame(page);
    const input = frame.locator('#search');
    await input.waitFor();
    // The search box has focus when the view opens.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await frame.evaluate<string | undefined>('document.activeElement?.id').catch(() => '')) !== 'search') await page.waitForTimeout(100);
    assert.equal(await frame.evaluate<string | undefined>('document.activeElement?.id'), 'search', 'the search box is focused on open');
    await frame.locator('.result').first().waitFor();

    // Type like an agent: one keystroke at a time (each one searches).
    await input.pressSequentially('refnud confirmd', { delay: 40 });
    const firstTitle = frame.locator('.result .title-text').first();
    await waitForFirstTitle(frame, 'Refund confirmed');
    assert.equal(await firstTitle.textContent(), 'Refund confirmed');
    assert.ok(await frame.locator('.result').first().locator('.result-title mark').count() > 0, 'matched words are highlighted');
    assert.equal(await frame.locator('.result').first().getAttribute('aria-selected'), 'true', 'the best result is selected');
    assert.match((await frame.locator('#status').textContent()) ?? '', /\d+ results?/, 'the live region announces the count');
    assert.equal(await frame.locator('.result').first().locator('.kind-icon').getAttribute('aria-label'), 'Template');
    await screenshot(page, 'sidebar-search');

    await page.keyboard.press('Enter');
    const text = await waitForEditor(page, (t) => squash(t).includes(squash('Hi Priya, your refund is confirmed')), 'the inserted template');
    assert.ok(text.includes('customer: Priya Sharma'), 'the draft header is kept');
    assert.ok(!text.includes('{{'), 'placeholders are filled');
  });

  it('opens a hostile article\'s preview without running anything or making a request', async () => {
    const { page } = wb;
    const input = frame.locator('#search');
    await input.click();
    await input.fill('');
    await input.pressSequentially('security galery', { delay: 20 });
    await waitForFirstTitle(frame, 'Security gallery');
    const { requests, dialogs } = watched;
    const requestsBefore = requests.length;
    // Keyboard: ↓ into the list, Space opens the preview.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    const body = frame.locator('#preview .preview-body');
    await body.locator('h1', { hasText: 'Security gallery' }).waitFor({ timeout: 15_000 });
    assert.equal(await frame.locator('#preview').isVisible(), true);
    // The title with markup in it is shown as text.
    assert.match((await frame.locator('#preview-title').textContent()) ?? '', /<img src=x onerror=/);
    assert.deepEqual(await activeContent(frame, '#preview .preview-body'), [], 'no active elements, handlers or styles in the preview');
    // Clicking the neutralised links does nothing (a command: link would quit VS Code).
    await body.locator('a', { hasText: 'Quit VS Code' }).click();
    await body.locator('a', { hasText: 'click for javascript' }).click();
    await body.getByText('hover me').hover();
    await page.waitForTimeout(500); // give anything that slipped through the chance to run before checking
    assert.ok(await page.locator('.monaco-workbench').isVisible(), 'the workbench is still there');
    await screenshot(page, 'sidebar-preview-hostile');

    assert.deepEqual(await markers(page), [], 'no payload ran in any frame');
    // The check itself sees a marker when one is set (so the assertion above can fail).
    await frame.evaluate('window.__kindlyPwned = "self-check"');
    assert.equal((await markers(page)).length, 1, 'the marker check works in the sidebar frame');
    await frame.evaluate('delete window.__kindlyPwned');
    const { leaked, others } = leakedRequests(requests, hostsIn(readFileSync(galleryFile, 'utf8')));
    if (others.length) console.log(`    (requests to other hosts, not from Kindly's sidebar: ${others.join(', ')})`);
    assert.deepEqual(leaked, [], 'nothing left for an external host from the sidebar');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.ok(requests.length >= requestsBefore, 'requests were being recorded');

    // Esc closes the preview; Esc again returns to the editor.
    await page.keyboard.press('Escape');
    await frame.locator('#preview').waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (globalThis as unknown as QueryDoc).document.activeElement?.closest('.editor-instance') != null, undefined, { timeout: 10_000 });
  });

  it('keeps the query when the view is hidden and shown again', async () => {
    const { page } = wb;
    const oldFrame = frame;
    // Switch to the Explorer (the Kindly view is hidden and its page unloaded), then back.
    await page.locator('.part.activitybar [aria-label^="Explorer"]').first().click();
    await page.locator('.part.sidebar .title-label', { hasText: /explorer/i }).first().waitFor();
    await page.locator('.part.activitybar [aria-label^="Kindly"]').first().click();
    frame = await sidebarFrame(page);
    console.log(`    (page ${oldFrame.isDetached() ? 'was reloaded' : 'was kept'} while hidden)`);
    await screenshot(page, 'sidebar-restored');
    frame = await sidebarFrame(page);
    await frame.waitForFunction(() => (globalThis as unknown as QueryDoc).document.querySelector('#search')?.value === 'security galery', undefined, { timeout: 15_000 });
    await waitForFirstTitle(frame, 'Security gallery');
  });
});
