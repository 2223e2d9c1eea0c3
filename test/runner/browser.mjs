// Headless Chromium driven by playwright-core, using the system's Chromium (no browser download).
import { chromium } from 'playwright-core';
import { format } from 'node:util';
import { ensureChromium } from './setup.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function launchBrowser({ headless = true } = {}) {
  return chromium.launch({ executablePath: ensureChromium(), headless, args: CHROMIUM_ARGS });
}

/** Formats a page console message the way the extension host printed it (printf-style, with %c styles). */
export async function consoleText(msg) {
  const values = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => String(a))));
  if (typeof values[0] === 'string' && values[0].includes('%c')) {
    // Drop CSS arguments that belong to %c directives, then format the rest.
    const fmt = values[0];
    const rest = values.slice(1);
    const out = [];
    let i = 0;
    const re = /%[csdifoO%]/g;
    let m;
    while ((m = re.exec(fmt))) {
      if (m[0] === '%%') continue;
      if (m[0] === '%c') { i++; continue; }
      out.push(rest[i++]);
    }
    return format(fmt.replace(/%c/g, ''), ...out, ...rest.slice(i));
  }
  return format(...values);
}
