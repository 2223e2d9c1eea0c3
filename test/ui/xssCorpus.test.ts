// Every vector of the XSS / mutation-XSS corpus (the one the Markdown unit test renders) previewed in the
// real sidebar, in Chromium: each becomes an article of the hostile pack in the workspace copy, and the test
// walks through all of them with the preview open, as an agent would with ↓.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { activeContent, hostsIn, leakedRequests, markers, watchPage } from './hostile';
import { openWorkbench, repoRoot, screenshot, sidebarFrame, type Workbench } from './workbench';

const corpusText = readFileSync(path.join(repoRoot, 'test/fixtures/markdown/xss-vectors.txt'), 'utf8');
// Split and trimmed exactly as test/unit/markdown/render.test.ts does, so both see the same Markdown.
const vectors = corpusText.split(/\r?\n-----\r?\n/).map((v) => v.trim()).filter((v) => v !== '');
const TAG = 'xss-corpus';
/** The screenshot shows a vector that leaves visible text (a table of script and onerror cells). */
const shotAt = Math.max(0, vectors.findIndex((v) => v.startsWith('| a | b |')));
const titleOf = (i: number) => `XSS vector ${String(i + 1).padStart(3, '0')}`;

/** One article per vector, so each is rendered alone (vectors left unclosed would swallow their neighbours). */
function writeCorpusArticles(workspace: string): void {
  const dir = path.join(workspace, 'hostile-pack/articles', TAG);
  mkdirSync(dir, { recursive: true });
  vectors.forEach((v, i) => {
    const header = `---\nid: ${TAG}-${String(i + 1).padStart(3, '0')}\ntitle: ${titleOf(i)}\ntags: [${TAG}]\nlang: en\n---\n`;
    writeFileSync(path.join(dir, `${String(i + 1).padStart(3, '0')}.md`), `${header}${v}\n`);
  });
}

describe('the whole XSS corpus in the sidebar preview (browser)', function () {
  this.timeout(300_000);
  let wb: Workbench;
  let watched: ReturnType<typeof watchPage>;

  before(async () => {
    wb = await openWorkbench({ prepare: writeCorpusArticles });
    watched = watchPage(wb.page);
  });
  after(async () => { await wb?.close(); });

  it(`previews every vector of the corpus (${vectors.length}) without running, loading or styling anything`, async () => {
    assert.ok(vectors.length >= 80, `only ${vectors.length} vectors`);
    const { page } = wb;
    await page.locator('.part.activitybar [aria-label^="Kindly"]').first().click();
    let frame: Frame = await sidebarFrame(page);
    // Filter by the corpus tag: with no query, the list shows every article with that tag, by title.
    await frame.getByRole('button', { name: 'Filters' }).click();
    await frame.locator(`#filter-tag option[value="${TAG}"]`).waitFor({ state: 'attached', timeout: 30_000 });
    await frame.locator('#filter-tag').selectOption(TAG);
    await frame.waitForFunction((n) => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('.result').length === n, vectors.length, { timeout: 30_000 });

    await frame.locator('.result .title-text').first().click();
    await page.keyboard.press('Space');
    const problems: string[] = [];
    const shown: string[] = [];
    for (let i = 0; i < vectors.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowDown');
      const want = titleOf(i);
      await frame.waitForFunction((t) => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector('#preview-title')?.textContent === t, want, { timeout: 15_000 })
        .catch(async () => { throw new Error(`the preview never showed ${want}; it shows ${JSON.stringify(await frame.locator('#preview-title').textContent())}`); });
      shown.push(want);
      // Hover and focus everything the vector left behind (an onmouseover/onfocus would fire now).
      await frame.evaluate(`for (const el of document.querySelectorAll('#preview .preview-body *')) { for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'animationstart', 'toggle']) el.dispatchEvent(new Event(type)); }`);
      for (const p of await activeContent(frame, '#preview .preview-body')) problems.push(`#${i + 1} ${JSON.stringify(vectors[i].slice(0, 60))}: ${p}`);
      if (i === 0 || i % 25 === 24) for (const m of await markers(page)) problems.push(`after #${i + 1}: ${m}`);
      if (i === shotAt) await screenshot(page, 'sidebar-preview-xss-corpus');
    }
    assert.equal(shown.length, vectors.length, 'every vector was previewed');
    await page.waitForTimeout(1000); // let a late onerror/onload or a meta refresh have its chance
    assert.ok(!frame.isDetached(), 'the sidebar page was not navigated away');
    frame = await sidebarFrame(page);
    assert.ok(await page.locator('.monaco-workbench').isVisible(), 'the workbench is still there');
    assert.ok(await page.locator('.part.activitybar [aria-label^="Kindly"]').first().isVisible(), 'the activity bar is still there');

    assert.deepEqual(problems, [], 'no active elements, handlers, styles or non-http(s) links in any preview');
    assert.deepEqual(await markers(page), [], 'no payload ran in any frame');
    assert.deepEqual(watched.dialogs, [], 'no dialog opened');
    const { leaked, others } = leakedRequests(watched.requests, hostsIn(corpusText));
    if (others.length) console.log(`    (requests to other hosts, not from Kindly's sidebar: ${others.join(', ')})`);
    assert.deepEqual(leaked, [], 'nothing left for an external host');
    console.log(`    (${vectors.length} vectors previewed; ${watched.requests.length} requests recorded in all)`);

    // The checks can fail: each sees what it is there to see.
    assert.ok((await activeContent(frame, '#preview .preview-body', '<img src=x onerror="x()"><svg></svg><a href="javascript:x">j</a><p style="color:red">s</p>')).length >= 4,
      'the DOM check flags a handler, SVG, a javascript: link and a style');
    await frame.evaluate('window.__kindlyPwned = "self-check"');
    assert.equal((await markers(page)).length, 1, 'the marker check works in the sidebar frame');
    await frame.evaluate('delete window.__kindlyPwned');
    const fake = [{ url: 'https://evil.example/x.js', frame: 'https://x.vscode-cdn.net/webview/index.html' }];
    assert.equal(leakedRequests(fake, hostsIn(corpusText)).leaked.length, 1, 'the request check flags a request to a corpus host');
    assert.ok(watched.requests.length > 0, 'requests were being recorded');
  });
});
