// The linter as an agent meets it: a squiggle on refusing words in a draft, Ctrl+. for the quick fix
// menu, the positive rewrite chosen from it, and Ctrl+Z to take it back.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { editorText, openFile, openWorkbench, repoRoot, screenshot, type Workbench } from './workbench';

const DRAFT = 'refund-refusal.md';
const FLAGGED = "we can't";
const original = readFileSync(path.join(repoRoot, 'test/fixtures/workspace/drafts', DRAFT), 'utf8');

async function waitForEditorText(page: Page, want: string, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let text = '';
  while (Date.now() < deadline) {
    text = await editorText(page);
    if (text === want) return;
    await page.waitForTimeout(100);
  }
  assert.equal(text, want, `the editor shows ${what}`);
}

/** Where `after` differs from `before`: the replaced slice of `before` and its replacement. */
function changedSpan(before: string, after: string): { start: number; removed: string; inserted: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, removed: before.slice(start, before.length - tail), inserted: after.slice(start, after.length - tail) };
}

describe('Kindly linter in the browser', function () {
  this.timeout(180_000);
  let wb: Workbench;

  // No soft wrap, so the editor's view lines are the document's lines.
  before(async () => { wb = await openWorkbench({ settings: { '[markdown]': { 'editor.wordWrap': 'off' } } }); });
  after(async () => { await wb?.close(); });

  it('squiggles a refusal, Ctrl+. offers the positive rewrite first, it replaces exactly the flagged words, and Ctrl+Z restores them', async () => {
    const { page } = wb;
    const before = original; // the editor's last, empty view line stands for the final newline
    await openFile(page, DRAFT);
    await waitForEditorText(page, before, 'the draft');

    // The squiggle: "we can't" is a warning (and "Unfortunately" an information finding).
    const squiggle = page.locator('.editor-instance .view-overlays .squiggly-warning').first();
    await squiggle.waitFor({ timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: /Kindly: 2/ }).first().waitFor({ timeout: 15_000 });
    // The squiggle lies under the text layer: move the mouse over its middle as a user would.
    const box = (await squiggle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover .hover-contents', { hasText: 'refusal.cannot.en' }).first();
    await hover.waitFor({ timeout: 15_000 });
    assert.match(await hover.innerText(), /Kindly/, 'the hover names Kindly as the source');
    await screenshot(page, 'lint-squiggle');
    await page.keyboard.press('Escape');

    // Put the cursor inside the flagged words with Go to Line (line:column), then Ctrl+. for the quick fixes.
    const at = original.indexOf(FLAGGED);
    const lineStart = original.lastIndexOf('\n', at) + 1;
    const line = original.slice(0, at).split('\n').length;
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+G');
    const goTo = page.locator('.quick-input-widget input');
    await goTo.waitFor();
    await goTo.fill(`:${line}:${at - lineStart + 2}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+.');
    const rows = page.locator('.action-widget .monaco-list-row.action');
    await rows.first().waitFor({ timeout: 15_000 });
    const labels = (await rows.allInnerTexts()).map((t) => t.trim());
    assert.match(labels[0] ?? '', /^Replace with “.+”$/, `the first quick fix is a rewrite: ${labels.join(' | ')}`);
    assert.ok(labels.includes('Fix all Kindly problems in this draft'), labels.join(' | '));
    assert.ok(labels.some((l) => l.startsWith('Ignore “refusal.cannot.en”')), labels.join(' | '));
    const rewrite = /^Replace with “(.+)”$/.exec(labels[0])![1];
    assert.match((await rows.first().getAttribute('class')) ?? '', /\bfocused\b/, 'the first fix is the one Enter applies');
    await screenshot(page, 'lint-quick-fix');
    await page.keyboard.press('Enter');
    await rows.first().waitFor({ state: 'hidden' });

    const fixed = before.slice(0, at) + rewrite + before.slice(at + FLAGGED.length);
    await waitForEditorText(page, fixed, 'the rewrite in place of the flagged words');
    assert.deepEqual(changedSpan(before, await editorText(page)), { start: at, removed: FLAGGED, inserted: rewrite }, 'only the flagged span changed');
    // The warning squiggle goes with the refusal; the information on "Unfortunately" stays.
    await page.locator('.editor-instance .view-overlays .squiggly-warning').first().waitFor({ state: 'detached', timeout: 15_000 });
    assert.ok(await page.locator('.editor-instance .view-overlays .squiggly-info').count() > 0, 'the other finding is still shown');

    await page.keyboard.press('Control+Z');
    await waitForEditorText(page, before, 'the draft restored by one undo');
    await page.locator('.editor-instance .view-overlays .squiggly-warning').first().waitFor({ timeout: 15_000 });
  });
});
