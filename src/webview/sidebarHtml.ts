// The sidebar page's HTML shell. Everything dynamic is rendered by dist/page.js; the CSP allows only
// this extension's own files and a per-render nonce, so nothing a pack contains can run.
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import { Uri } from 'vscode';

export interface SidebarHtmlOptions {
  /** `kindly.preview.allowRemoteImages`: only then may the preview load `https:` images. */
  allowRemoteImages?: boolean;
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
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}" nonce="${nonce}">
<title>Kindly</title>
</head>
<body>
<main id="app" aria-busy="true"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
