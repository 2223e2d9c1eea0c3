// The sidebar page: renders what the host sends and posts the user's actions back. No searching or
// content handling happens here; text from packs is only ever set as textContent.
import type { HostMessage, PageMessage, PhraseView } from '../protocol';

interface VsCodeApi {
  postMessage(msg: PageMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderPhrases(items: PhraseView[]): void {
  app.replaceChildren();
  app.setAttribute('aria-busy', 'false');
  const heading = el('h2', { class: 'section-title' }, 'Greetings');
  const list = el('ul', { class: 'results', role: 'listbox', 'aria-label': 'Greetings' });
  for (const item of items.filter((i) => i.kind === 'greeting')) {
    const row = el('li', { class: 'result', role: 'option', tabindex: '0', 'data-id': item.id, 'aria-selected': 'false' });
    const top = el('div', { class: 'result-title' });
    top.append(el('span', {}, item.title), el('span', { class: 'badge', 'aria-label': `language ${item.lang}` }, item.lang));
    row.append(top, el('div', { class: 'result-excerpt' }, item.text));
    const insert = () => vscode.postMessage({ type: 'insertPhrase', id: item.id });
    row.addEventListener('click', insert);
    row.addEventListener('keydown', (e) => { if (e.key === 'Enter') insert(); });
    list.append(row);
  }
  app.append(heading, list);
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'phrases':
      renderPhrases(msg.items);
      break;
  }
});

vscode.postMessage({ type: 'ready' });
