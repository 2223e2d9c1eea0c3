// What the browser tests check after showing hostile content: payload markers in every frame, dialogs,
// requests that left for another host, and active content in a preview's DOM.
import type { Frame, Page, Request } from 'playwright-core';
import { repoRoot } from './workbench';

/** What each frame's payload markers say (every frame of the workbench, webviews included). */
export async function markers(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    // A string expression: it runs in the frame, where the DOM globals exist.
    const seen = await frame.evaluate<{ own: unknown; top: unknown; title: string }>(`(() => {
      let top;
      try { top = window.top.__kindlyPwned; } catch { top = undefined; }
      return { own: window.__kindlyPwned, top, title: document.title };
    })()`).catch(() => undefined);
    if (!seen) continue;
    if (seen.own !== undefined) found.push(`${frame.url()}: __kindlyPwned=${String(seen.own)}`);
    if (seen.top !== undefined) found.push(`${frame.url()}: top.__kindlyPwned=${String(seen.top)}`);
    if (/pwned/i.test(seen.title)) found.push(`${frame.url()}: title=${seen.title}`);
  }
  return found;
}

export interface RecordedRequest { url: string; frame: string }

/** Records every request of the browser context, and every dialog (alert/confirm/prompt) of the page. */
export function watchPage(page: Page): { requests: RecordedRequest[]; dialogs: string[] } {
  const requests: RecordedRequest[] = [];
  const dialogs: string[] = [];
  page.context().on('request', (r: Request) => {
    let frameUrl = '';
    try { frameUrl = r.frame().url(); } catch { frameUrl = '(service worker)'; }
    requests.push({ url: r.url(), frame: frameUrl });
  });
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => undefined);
  });
  return { requests, dialogs };
}

function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
    return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return true;
  }
}

/**
 * The webview loads the extension's own files through `*.vscode-resource.vscode-cdn.net` URLs, which its
 * service worker answers from the local server; anything else from a webview frame is a leak.
 */
function ownResource(url: string): boolean {
  const u = new URL(url);
  return u.hostname.endsWith('.vscode-resource.vscode-cdn.net')
    && [`${repoRoot}/dist/`, `${repoRoot}/media/`].some((dir) => decodeURIComponent(u.pathname).startsWith(dir));
}

/** Every host named by an http(s) URL in the given texts (the hosts a payload would contact). */
export function hostsIn(...texts: string[]): Set<string> {
  const hosts = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) hosts.add(m[1].toLowerCase());
  }
  return hosts;
}

/**
 * Requests that left for another host from a webview frame, or for one of `payloadHosts` from anywhere.
 * `others` lists the remaining external hosts (the workbench's own, e.g. the extension gallery).
 */
export function leakedRequests(requests: RecordedRequest[], payloadHosts: Set<string>): { leaked: RecordedRequest[]; others: string[] } {
  const external = requests.filter((r) => !isLocal(r.url) && !ownResource(r.url));
  const leaked = external.filter((r) => payloadHosts.has(new URL(r.url).hostname.toLowerCase()) || /webview/i.test(r.frame));
  return { leaked, others: [...new Set(external.filter((r) => !leaked.includes(r)).map((r) => new URL(r.url).host))] };
}

// A string, evaluated in the frame (where the DOM globals exist); see activeContent().
const INSPECT = `({ selector, html }) => {
    const allowed = new Set(['h1','h2','h3','h4','h5','h6','p','ul','ol','li','table','thead','tbody','tr','th','td','code','pre','blockquote','em','strong','a','hr','br','del']);
    const activeAttr = /^(on|style$|srcdoc$|srcset$|formaction$|action$|ping$|background$|form$|xlink:|xmlns|http-equiv$|content$|target$)/i;
    const found = [];
    let root;
    if (html === undefined) root = document.querySelector(selector);
    else { const t = document.createElement('template'); t.innerHTML = html; root = t.content; }
    if (!root) return ['no element matches ' + selector];
    for (const el of root.querySelectorAll('*')) {
      const name = el.localName;
      if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push('<' + name + '> in namespace ' + el.namespaceURI);
      if (!allowed.has(name)) found.push('<' + name + '> is not on the preview allow-list');
      for (const attr of el.attributes) {
        if (activeAttr.test(attr.name)) found.push('<' + name + ' ' + attr.name + '="' + attr.value + '">');
        if (['href', 'src', 'data-href', 'xlink:href', 'data', 'code', 'value'].includes(attr.name)) {
          let protocol = 'unparsable:';
          try { protocol = new URL(attr.value).protocol; } catch {}
          if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push('<' + name + ' ' + attr.name + '="' + attr.value + '"> (' + protocol + ')');
        }
      }
    }
    if (html === undefined) {
      if (document.querySelector('base')) found.push('a <base> element in the page');
      const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      if (!csp || !/default-src 'none'/.test(csp.getAttribute('content') || '')) found.push('the page lost its default-src \\'none\\' CSP');
      if (document.querySelectorAll('meta[http-equiv]').length !== 1) found.push('an extra <meta http-equiv> in the page');
      // VS Code injects its default styles into the head; the page's own script and stylesheet carry the nonce.
      if (document.body.querySelectorAll('script:not([nonce]), style, link').length > 0) found.push('a script, style or link in the page body');
    }
    return found;
  }`;

/**
 * Runs in the sidebar frame: lists what could run, load or restyle in the element `selector` selects
 * (elements off the preview's allow-list or outside the HTML namespace, event-handler, style and other
 * active attributes, links to anything but http(s)/mailto), and page-wide changes (a <base>, a lost CSP).
 * `html`, when given, is inspected instead, inside an inert <template> (so the check can be shown to fail).
 */
export async function activeContent(frame: Frame, selector: string, html?: string): Promise<string[]> {
  return frame.evaluate<string[]>(`(${INSPECT})(${JSON.stringify({ selector, html })})`);
}
