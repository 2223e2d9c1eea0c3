import * as assert from 'node:assert/strict';
import { editorText, openFile, openWorkbench, runFromPalette, screenshot, sidebarFrame, type Workbench } from './workbench';

/** Wrapped lines break differently in the editor than in the pack text, so compare without white space. */
const squash = (t: string) => t.replace(/\s+/g, '');

describe('Kindly in the browser (real VS Code workbench)', function () {
  this.timeout(180_000);
  let wb: Workbench;

  before(async () => { wb = await openWorkbench(); });
  after(async () => { await wb?.close(); });

  it('opens the Kindly view from the activity bar, lists greetings, and the Insert button of a row inserts one', async () => {
    const { page } = wb;
    await openFile(page, 'draft.md');
    await page.locator('.part.activitybar [aria-label^="Kindly"]').first().click();
    const frame = await sidebarFrame(page);
    const first = frame.locator('.result').first();
    await first.waitFor();
    assert.ok(await frame.locator('.result').count() >= 3, 'greetings are listed');
    const title = (await first.locator('.result-title span').first().textContent())?.trim();
    assert.ok(title, 'a greeting has a title');
    await screenshot(page, 'sidebar-greetings');
    // The row's Insert button (Enter or a double-click do the same).
    await first.locator('button.insert').click();
    const literal = ((await first.locator('.result-excerpt').textContent()) ?? '').split(/\{\{[^}]*\}\}/).map((s) => s.trim()).filter((s) => s.length > 3);
    const deadline = Date.now() + 15_000;
    let text = '';
    while (Date.now() < deadline) {
      text = await editorText(page);
      if (literal.every((part) => squash(text).includes(squash(part)))) break;
      await page.waitForTimeout(100);
    }
    await screenshot(page, 'sidebar-greeting-inserted');
    for (const part of literal) assert.ok(squash(text).includes(squash(part)), `the editor shows "${part}" (editor text: ${JSON.stringify(text)})`);
  });

  it('runs "Kindly: Insert Greeting" from the command palette by keyboard', async () => {
    const { page } = wb;
    const frame = await sidebarFrame(page);
    const excerpt = (await frame.locator('.result .result-excerpt').first().textContent()) ?? '';
    const part = excerpt.split(/\{\{[^}]*\}\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0];
    const count = (t: string) => squash(t).split(squash(part)).length - 1;
    const before = count(await editorText(page));
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await runFromPalette(page, 'Kindly: Insert Greeting');
    const row = page.locator('.quick-input-list .monaco-list-row').first();
    await row.waitFor();
    await screenshot(page, 'palette-insert-greeting');
    const label = (await row.locator('.label-name').first().textContent())?.trim() ?? '';
    assert.ok(label.length > 0, 'the QuickPick lists greetings');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    const deadline = Date.now() + 15_000;
    let text = await editorText(page);
    while (count(text) <= before && Date.now() < deadline) {
      await page.waitForTimeout(100);
      text = await editorText(page);
    }
    await screenshot(page, 'palette-greeting-inserted');
    assert.equal(count(text), before + 1, `the chosen greeting was inserted once more: ${JSON.stringify(text)}`);
  });
});
