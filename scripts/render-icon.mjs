// Renders media/icon.svg to media/icon.png (the Marketplace needs a PNG) with the same Chromium the UI tests use.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from '../test/runner/browser.mjs';
import { repoRoot } from '../test/runner/setup.mjs';

const svg = readFileSync(path.join(repoRoot, 'media/icon.svg'), 'utf8');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: path.join(repoRoot, 'media/icon.png'), omitBackground: true });
await browser.close();
console.log('wrote media/icon.png');
