// The sidebar page's HTML shell. Everything dynamic is rendered by dist/page.js; the CSP allows only
// this extension's own files and a per-render nonce, so nothing a pack contains can run.
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import { Uri } from 'vscode';
import type { InitialView } from './protocol';

export interface SidebarHtmlOptions {
  /** `kindly.preview.allowRemoteImages`: only then may the preview load `https:` images. */
  allowRemoteImages?: boolean;
  /** The display language (`vscode.env.language`), for `<html lang>`. */
  lang?: string;
  /** The page's translations (English source → display language); empty in English. */
  strings?: Readonly<Record<string, string>>;
  /** The first listing, rendered by the page before it hears from the host. */
  initial?: InitialView;
}

/** JSON safe inside a `<script type="application/json">` data block (no `</script>`, no `<!--`). */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function renderSidebarHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: SidebarHtmlOptions = {}): string {
  const nonce = randomBytes(18).toString('base64');
  const script = webview.asWebviewUri(Uri.joinPath(extensionUri, 'dist', 'page.js'));
  const style = webview.asWebviewUri(Uri.joinPath(extensionUri, 'media', 'sidebar.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource}${options.allowRemoteImages ? ' https:' : ''}`,
    `font-src ${webview.cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
  const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(options.lang ?? '') ? options.lang! : 'en';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}" nonce="${nonce}">
<title>Kindly</title>
</head>
<body>
<main id="app" aria-busy="true"></main>
<script type="application/json" id="kindly-l10n" nonce="${nonce}">${jsonForHtml(options.strings ?? {})}</script>
<script type="application/json" id="kindly-initial" nonce="${nonce}">${jsonForHtml(options.initial ?? null)}</script>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
