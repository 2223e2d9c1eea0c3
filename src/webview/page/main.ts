// The sidebar page: renders what the host sends and posts the user's actions back. It never searches and
// never handles pack content itself: text from packs is only ever set as textContent; the one exception is
// the preview, whose HTML the host rendered and sanitised (src/core/markdown/render.ts). Links in a
// preview are never followed here: a click posts the link to the host, which opens only http(s).
import type { FacetsView, Filters, GroupView, HostMessage, InitialView, ItemKind, ItemView, KindFilter, PageMessage, Range, SuggestionView } from '../protocol';

interface VsCodeApi {
  postMessage(msg: PageMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** What survives the view being hidden and shown again (VS Code keeps it with setState). */
interface PageState {
  query: string;
  filters: Filters;
  filtersOpen: boolean;
  selected?: string;
  scrollTop: number;
  preview?: string;
}

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
const isMac = navigator.platform.toLowerCase().includes('mac');
const SEARCH_DEBOUNCE_MS = 15;

/** Translations of this page's strings for VS Code's display language, from the host (sidebarHtml.ts). */
const L10N: Record<string, unknown> = (() => {
  try {
    const parsed: unknown = JSON.parse(document.getElementById('kindly-l10n')?.textContent ?? '{}');
    return parsed && typeof parsed === 'object' ? parsed as Record<string, unknown> : {};
  } catch {
    return {};
  }
})();

/** `message` (the English source) in the display language, with `{0}`, `{1}`… replaced by `args`. */
function t(message: string, ...args: (string | number)[]): string {
  const text = Object.hasOwn(L10N, message) && typeof L10N[message] === 'string' ? L10N[message] as string : message;
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}

// ------------------------------------------------------------------------------------------------
// Small DOM helpers

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const ICONS = {
  template: 'M4 1h5.5L13 4.5V15H4V1zm1 1v12h7V5H9V2H5zm1 5h5v1H6V7zm0 2h5v1H6V9zm0 2h4v1H6v-1z',
  article: 'M1 2.5h4.5c1 0 1.9.4 2.5 1 .6-.6 1.5-1 2.5-1H15v11h-4.5c-1 0-1.9.4-2.5 1-.6-.6-1.5-1-2.5-1H1v-11zm1 1v9h3.5c.9 0 1.5.2 2 .5V4.8c-.4-.8-1.1-1.3-2-1.3H2zm12 0h-3.5c-.9 0-1.6.5-2 1.3V13c.5-.3 1.1-.5 2-.5H14v-9z',
  phrase: 'M2 2h12v9H7.2L4 14v-3H2V2zm1 1v7h2v1.7L6.8 10H13V3H3z',
  star: 'M8 1.3l2 4.3 4.6.5-3.4 3.2.9 4.6L8 11.6l-4.1 2.3.9-4.6L1.4 6.1 6 5.6 8 1.3z',
  starEmpty: 'M8 1.3l2 4.3 4.6.5-3.4 3.2.9 4.6L8 11.6l-4.1 2.3.9-4.6L1.4 6.1 6 5.6 8 1.3zm0 2.4L6.7 6.5l-3 .3 2.2 2.1-.6 3 2.7-1.5 2.7 1.5-.6-3 2.2-2.1-3-.3L8 3.7z',
  insert: 'M7.5 1h1v8.3l2.6-2.6.7.7L8 11.2 4.2 7.4l.7-.7 2.6 2.6V1zM2 13h12v1H2v-1z',
  copy: 'M4 4V1h10v10h-3v4H1V4h3zm1 0h6v6h2V2H5v2zM2 5v9h8V5H2z',
  preview: 'M8 3C4.6 3 2.1 5.9 1.1 8c1 2.1 3.5 5 6.9 5s5.9-2.9 6.9-5c-1-2.1-3.5-5-6.9-5zm0 9c-2.6 0-4.6-2.1-5.7-4C3.4 6.1 5.4 4 8 4s4.6 2.1 5.7 4c-1.1 1.9-3.1 4-5.7 4zm0-6.5a2.5 2.5 0 100 5 2.5 2.5 0 000-5zm0 1a1.5 1.5 0 110 3 1.5 1.5 0 010-3z',
  filter: 'M1 2h14l-5.5 6.3V14l-3-1.5V8.3L1 2zm2.2 1l4.3 4.9v4l1 .5V7.9L12.8 3H3.2z',
  close: 'M4.3 3.6L8 7.3l3.7-3.7.7.7L8.7 8l3.7 3.7-.7.7L8 8.7l-3.7 3.7-.7-.7L7.3 8 3.6 4.3l.7-.7z',
} as const;

function icon(name: keyof typeof ICONS): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICONS[name]);
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  return svg;
}

function iconButton(name: keyof typeof ICONS, label: string, extraClass = ''): HTMLButtonElement {
  const b = el('button', { type: 'button', class: `icon-button ${extraClass}`.trim(), 'aria-label': label, title: label });
  b.append(icon(name));
  return b;
}

/** Appends `text` to `parent`, wrapping the given ranges in <mark> (all as text nodes). */
function appendHighlighted(parent: HTMLElement, text: string, ranges: readonly Range[]): void {
  let at = 0;
  const sorted = [...ranges].filter(([s, e]) => s >= 0 && e <= text.length && s < e).sort((a, b) => a[0] - b[0]);
  for (const [s, e] of sorted) {
    if (s < at) continue;
    if (s > at) parent.append(document.createTextNode(text.slice(at, s)));
    parent.append(el('mark', {}, text.slice(s, e)));
    at = e;
  }
  if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
}

const KIND_LABEL: Record<ItemKind, string> = { template: t('Template'), article: t('Article'), greeting: t('Greeting'), closing: t('Closing') };
const KIND_ICON: Record<ItemKind, keyof typeof ICONS> = { template: 'template', article: 'article', greeting: 'phrase', closing: 'phrase' };
const LANG_NAMES: Record<string, string> = { en: t('English'), hi: t('Hindi'), bn: t('Bengali') };
const keyOf = (kind: ItemKind, id: string) => `${kind}:${id}`;

// ------------------------------------------------------------------------------------------------
// State

const saved = (vscode.getState() ?? {}) as Partial<PageState>;
const state: PageState = {
  query: typeof saved.query === 'string' ? saved.query : '',
  filters: saved.filters && typeof saved.filters === 'object' ? saved.filters : {},
  filtersOpen: saved.filtersOpen === true,
  selected: typeof saved.selected === 'string' ? saved.selected : undefined,
  scrollTop: typeof saved.scrollTop === 'number' ? saved.scrollTop : 0,
  preview: typeof saved.preview === 'string' ? saved.preview : undefined,
};
function saveState(): void {
  vscode.setState(state);
}

let items: ItemView[] = [];
let lastQuery: string | undefined;
/** What the message area was last rendered from (facets can arrive after the results they qualify). */
let lastResults: { total: number; suggestions: SuggestionView[]; query: string } | undefined;
let requestCounter = 0;
let latestSearch = 0;
let latestPreview = 0;
let restoreScroll = true;
let searchTimer: ReturnType<typeof setTimeout> | undefined;
let facets: FacetsView | undefined;
/** Whether the host has answered 'ready' yet. */
let facetsAnswered = false;

// ------------------------------------------------------------------------------------------------
// Layout

const searchBar = el('div', { class: 'search-bar' });
const searchRow = el('div', { class: 'search-row' });
const input = el('input', {
  id: 'search', type: 'text', class: 'search-input', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'true',
  'aria-controls': 'results', 'aria-label': t('Search templates and articles'), placeholder: t('Search templates and articles'),
  spellcheck: 'false', autocomplete: 'off',
});
const filterToggle = iconButton('filter', t('Filters'), 'filter-toggle');
filterToggle.setAttribute('aria-controls', 'filters');
searchRow.append(input, filterToggle);

const filtersBox = el('div', { id: 'filters', class: 'filters', role: 'group', 'aria-label': t('Filters') });
const kindSelect = el('select', { id: 'filter-kind', 'aria-label': t('Kind') });
const langSelect = el('select', { id: 'filter-lang', 'aria-label': t('Language') });
const tagSelect = el('select', { id: 'filter-tag', 'aria-label': t('Tag') });
const packSelect = el('select', { id: 'filter-pack', 'aria-label': t('Pack') });
const clearFilters = el('button', { type: 'button', class: 'link-button', id: 'clear-filters' }, t('Clear filters'));
filtersBox.append(kindSelect, langSelect, tagSelect, packSelect, clearFilters);
searchBar.append(searchRow, filtersBox);

const status = el('div', { id: 'status', class: 'sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
const list = el('div', { id: 'results', class: 'results', role: 'listbox', tabindex: '0', 'aria-label': t('Templates, articles, greetings and closings') });
const message = el('div', { id: 'message', class: 'message' });
const preview = el('section', { id: 'preview', class: 'preview', 'aria-label': t('Preview') });
const toast = el('div', { class: 'toast', 'aria-hidden': 'true' });

app.replaceChildren(searchBar, status, list, message, preview, toast);
app.setAttribute('aria-busy', 'true');

function fillSelect(select: HTMLSelectElement, allLabel: string, options: { value: string; label: string }[], current: string | undefined): void {
  select.replaceChildren(el('option', { value: '' }, allLabel));
  const values = new Set(options.map((o) => o.value));
  // A filter chosen earlier stays visible (and removable) even if no item has that value any more.
  if (current && !values.has(current)) options = [...options, { value: current, label: current }];
  for (const o of options) {
    const opt = el('option', { value: o.value }, o.label);
    if (o.value === current) opt.selected = true;
    select.append(opt);
  }
  if (!current) select.value = '';
}

function renderFilters(): void {
  const f = state.filters;
  fillSelect(kindSelect, t('All kinds'), [
    { value: 'template', label: t('Templates') }, { value: 'article', label: t('Articles') }, { value: 'phrase', label: t('Greetings & closings') },
  ], f.kind);
  fillSelect(langSelect, t('All languages'), (facets?.langs ?? []).map((l) => ({ value: l, label: LANG_NAMES[l] ? `${LANG_NAMES[l]} (${l})` : l })), f.lang);
  fillSelect(tagSelect, t('All tags'), (facets?.tags ?? []).map((t) => ({ value: t, label: t })), f.tag);
  fillSelect(packSelect, t('All packs'), (facets?.packs ?? []).map((p) => ({ value: p.id, label: p.name })), f.pack);
  const active = activeFilterCount();
  filtersBox.hidden = !state.filtersOpen;
  filterToggle.setAttribute('aria-expanded', String(state.filtersOpen));
  filterToggle.classList.toggle('active', active > 0);
  filterToggle.setAttribute('aria-label', active ? t('Filters ({0} active)', active) : t('Filters'));
  filterToggle.title = filterToggle.getAttribute('aria-label')!;
  clearFilters.hidden = active === 0;
}

function activeFilterCount(): number {
  const f = state.filters;
  return [f.kind, f.lang, f.tag, f.pack].filter(Boolean).length;
}

function readFilters(): void {
  const kind = kindSelect.value as KindFilter | '';
  state.filters = {
    ...(kind ? { kind } : {}),
    ...(langSelect.value ? { lang: langSelect.value } : {}),
    ...(tagSelect.value ? { tag: tagSelect.value } : {}),
    ...(packSelect.value ? { pack: packSelect.value } : {}),
  };
}

// ------------------------------------------------------------------------------------------------
// Searching

function search(): void {
  clearTimeout(searchTimer);
  searchTimer = undefined;
  latestSearch = ++requestCounter;
  vscode.postMessage({ type: 'search', requestId: latestSearch, query: state.query, filters: state.filters });
}

function scheduleSearch(): void {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(search, SEARCH_DEBOUNCE_MS);
}

input.addEventListener('input', () => {
  state.query = input.value;
  saveState();
  scheduleSearch();
});

for (const select of [kindSelect, langSelect, tagSelect, packSelect]) {
  select.addEventListener('change', () => {
    readFilters();
    renderFilters();
    saveState();
    search();
  });
}
clearFilters.addEventListener('click', () => {
  state.filters = {};
  renderFilters();
  saveState();
  search();
  input.focus();
});
filterToggle.addEventListener('click', () => {
  state.filtersOpen = !state.filtersOpen;
  renderFilters();
  saveState();
  if (state.filtersOpen) kindSelect.focus();
});

// ------------------------------------------------------------------------------------------------
// The list

function optionId(index: number): string {
  return `option-${index}`;
}

function selectedIndex(): number {
  return state.selected ? items.findIndex((i) => keyOf(i.kind, i.id) === state.selected) : -1;
}

function renderResults(groups: GroupView[], total: number, suggestions: SuggestionView[], query: string): void {
  const queryChanged = lastQuery !== undefined && lastQuery !== query;
  lastQuery = query;
  items = groups.flatMap((g) => g.items);
  list.replaceChildren();
  let index = 0;
  for (const group of groups) {
    const labelId = `group-${group.id}`;
    const section = el('div', { role: 'group', class: 'group', 'aria-labelledby': labelId });
    section.append(el('div', { id: labelId, class: 'section-title', role: 'presentation' }, group.label));
    for (const item of group.items) section.append(renderRow(item, index++));
    list.append(section);
  }
  // A new query selects its best result; the same query (packs reloaded, view restored) keeps the selection.
  if (queryChanged || selectedIndex() < 0) state.selected = items[0] ? keyOf(items[0].kind, items[0].id) : undefined;
  updateSelection(false);
  renderMessage(total, suggestions, query);
  lastResults = { total, suggestions, query };
  announce(total === 0 ? (query.trim() ? t('No results for {0}', query.trim()) : t('Nothing to show')) : total === 1 ? t('1 result') : t('{0} results', total));
  app.setAttribute('aria-busy', 'false');
  if (restoreScroll) {
    restoreScroll = false;
    list.scrollTop = state.scrollTop;
    if (state.preview && items.some((i) => keyOf(i.kind, i.id) === state.preview)) {
      const [kind, ...rest] = state.preview.split(':');
      requestPreview(kind as ItemKind, rest.join(':'));
    } else if (state.preview) closePreview();
  }
  saveState();
}

function renderRow(item: ItemView, index: number): HTMLElement {
  const key = keyOf(item.kind, item.id);
  const row = el('div', {
    id: optionId(index), class: `result kind-${item.kind}`, role: 'option', 'aria-selected': 'false', 'data-key': key,
    'data-vscode-context': JSON.stringify({ webviewSection: 'result', kind: item.kind, id: item.id, preventDefaultContextMenuItems: true }),
  });
  const kindIcon = el('span', { class: 'kind-icon', role: 'img', 'aria-label': KIND_LABEL[item.kind], title: KIND_LABEL[item.kind] });
  kindIcon.append(icon(KIND_ICON[item.kind]));

  const main = el('div', { class: 'result-main' });
  const title = el('div', { class: 'result-title' });
  const titleText = el('span', { class: 'title-text' });
  appendHighlighted(titleText, item.title, item.titleHighlights);
  title.append(titleText);
  if (item.favourite) title.append(el('span', { class: 'fav-mark', role: 'img', 'aria-label': t('favourite'), title: t('Favourite') }, '★'));
  title.append(el('span', { class: 'badge', title: LANG_NAMES[item.lang] ?? item.lang, 'aria-label': t('language {0}', LANG_NAMES[item.lang] ?? item.lang) }, item.lang));
  const excerpt = el('div', { class: 'result-excerpt' });
  appendHighlighted(excerpt, item.excerpt, item.excerptHighlights);
  const meta = el('div', { class: 'result-meta' });
  meta.append(el('span', { class: 'pack', title: t('Pack: {0}', item.packName) }, item.packName));
  for (const tag of item.tags.slice(0, 3)) meta.append(el('span', { class: 'tag' }, tag));
  main.append(title, excerpt, meta);

  const actions = el('div', { class: 'result-actions' });
  const star = iconButton(item.favourite ? 'star' : 'starEmpty', item.favourite ? t('Remove from favourites') : t('Add to favourites'), 'star');
  star.setAttribute('aria-pressed', String(item.favourite));
  const insert = iconButton('insert', t('Insert'), 'insert');
  insert.title = t('Insert into the draft (Enter)');
  const copy = iconButton('copy', t('Copy'), 'copy');
  copy.title = t('Copy ({0}+Enter)', isMac ? '⌘' : 'Ctrl');
  const show = iconButton('preview', t('Preview'), 'show-preview');
  show.title = t('Preview (Space or →)');
  for (const b of [star, insert, copy, show]) b.tabIndex = -1;
  actions.append(star, insert, copy, show);
  row.append(kindIcon, main, actions);

  const act = (e: Event, fn: () => void) => { e.stopPropagation(); select(key); fn(); };
  star.addEventListener('click', (e) => act(e, () => vscode.postMessage({ type: 'toggleFavourite', kind: item.kind, id: item.id })));
  insert.addEventListener('click', (e) => act(e, () => insertSelected()));
  copy.addEventListener('click', (e) => act(e, () => copySelected()));
  show.addEventListener('click', (e) => act(e, () => previewSelected()));
  row.addEventListener('mousedown', (e) => { if (e.button === 2) select(key); });
  row.addEventListener('click', () => { select(key); list.focus(); if (state.preview) previewSelected(); });
  row.addEventListener('dblclick', () => { select(key); insertSelected(); });
  return row;
}

function renderMessage(total: number, suggestions: SuggestionView[], query: string): void {
  message.replaceChildren();
  if (facets?.empty) {
    message.append(
      el('p', { class: 'message-title' }, t('No packs yet')),
      el('p', {}, t('Kindly lists the reply templates, FAQ articles, greetings and closings of your packs. A pack is a folder with a {0}, usually a git repository your team shares. Create one in this workspace to get started.', 'kindly-pack.json')),
    );
    const create = el('button', { type: 'button', class: 'primary-button', id: 'new-pack' }, t('Create a pack'));
    create.addEventListener('click', () => vscode.postMessage({ type: 'newPack' }));
    message.append(create);
    return;
  }
  if (facets?.loading) message.append(el('p', { class: 'message-loading' }, t('Loading packs…')));
  // While packs load, more may match soon: no "no results" yet.
  if (total > 0 || facets?.loading) return;
  const q = query.trim();
  message.append(el('p', { class: 'message-title' }, q ? t('No results for “{0}”', q) : t('Nothing matches these filters')));
  if (suggestions.length) {
    message.append(el('p', {}, t('Did you mean:')));
    const chips = el('div', { class: 'chips' });
    for (const s of suggestions) {
      const chip = el('button', { type: 'button', class: `chip chip-${s.kind}`, title: s.kind === 'query' ? t('Search for this instead') : t('Search for this title') }, s.text);
      chip.addEventListener('click', () => {
        input.value = s.text;
        state.query = s.text;
        saveState();
        search();
        input.focus();
      });
      chips.append(chip);
    }
    message.append(chips);
  } else if (q) {
    message.append(el('p', {}, t('Try fewer or different words.')));
  }
  if (activeFilterCount() > 0) {
    const clear = el('button', { type: 'button', class: 'link-button' }, t('Clear filters'));
    clear.addEventListener('click', () => clearFilters.click());
    message.append(clear);
  }
}

function announce(text: string): void {
  // Re-setting identical text is not announced again; a trailing no-break space toggles to force it.
  status.textContent = status.textContent === text ? `${text}\u00a0` : text;
}

function select(key: string | undefined): void {
  state.selected = key;
  updateSelection(true);
  saveState();
}

function updateSelection(scroll: boolean): void {
  const idx = selectedIndex();
  let active: HTMLElement | undefined;
  for (const row of list.querySelectorAll<HTMLElement>('.result')) {
    const on = row.dataset.key === state.selected;
    row.setAttribute('aria-selected', String(on));
    if (on) active = row;
  }
  if (active && idx >= 0) {
    input.setAttribute('aria-activedescendant', active.id);
    list.setAttribute('aria-activedescendant', active.id);
    // Keyboard context menu (Shift+F10) on the list acts on the selected row.
    list.setAttribute('data-vscode-context', active.getAttribute('data-vscode-context')!);
    if (scroll) active.scrollIntoView({ block: 'nearest' });
  } else {
    input.removeAttribute('aria-activedescendant');
    list.removeAttribute('aria-activedescendant');
    list.removeAttribute('data-vscode-context');
  }
}

function move(delta: number): void {
  if (items.length === 0) return;
  const idx = selectedIndex();
  const next = idx < 0 ? 0 : Math.max(0, Math.min(items.length - 1, idx + delta));
  select(keyOf(items[next].kind, items[next].id));
  if (state.preview) previewSelected();
}

function selectedItem(): ItemView | undefined {
  const idx = selectedIndex();
  return idx >= 0 ? items[idx] : items[0];
}

function insertSelected(): void {
  const item = selectedItem();
  if (item) vscode.postMessage({ type: 'insert', kind: item.kind, id: item.id });
}

function copySelected(): void {
  const item = selectedItem();
  if (item) vscode.postMessage({ type: 'copy', kind: item.kind, id: item.id });
}

function previewSelected(): void {
  const item = selectedItem();
  if (item) requestPreview(item.kind, item.id);
}

let scrollFrame = 0;
list.addEventListener('scroll', () => {
  if (scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    state.scrollTop = list.scrollTop;
    saveState();
  });
});

// ------------------------------------------------------------------------------------------------
// Preview

const previewHeader = el('div', { class: 'preview-header' });
const previewTitle = el('h2', { class: 'preview-title', id: 'preview-title' });
const previewMeta = el('div', { class: 'preview-meta' });
const previewActions = el('div', { class: 'preview-actions' });
const previewInsert = el('button', { type: 'button', class: 'primary-button' }, t('Insert'));
const previewCopy = el('button', { type: 'button', class: 'secondary-button' }, t('Copy'));
const previewClose = iconButton('close', t('Close preview (Esc)'), 'preview-close');
previewActions.append(previewInsert, previewCopy, previewClose);
previewHeader.append(previewTitle, previewActions);
const previewNote = el('p', { class: 'preview-note' });
const previewBody = el('div', { class: 'preview-body markdown-body', tabindex: '0', 'aria-labelledby': 'preview-title' });
preview.append(previewHeader, previewMeta, previewNote, previewBody);
preview.hidden = true;

let previewKey: { kind: ItemKind; id: string } | undefined;

function requestPreview(kind: ItemKind, id: string): void {
  latestPreview = ++requestCounter;
  vscode.postMessage({ type: 'preview', requestId: latestPreview, kind, id });
}

function showPreview(msg: Extract<HostMessage, { type: 'preview' }>): void {
  previewKey = { kind: msg.kind, id: msg.id };
  state.preview = keyOf(msg.kind, msg.id);
  saveState();
  previewTitle.textContent = msg.title;
  previewMeta.replaceChildren(
    el('span', { class: 'badge' }, msg.lang),
    el('span', { class: 'kind' }, KIND_LABEL[msg.kind]),
    el('span', { class: 'pack' }, msg.packName),
  );
  previewNote.textContent = msg.note ?? '';
  previewNote.hidden = !msg.note;
  // The host rendered this with `marked` and sanitised it with an allow-list (no scripts, handlers, frames,
  // SVG or non-http(s) links); the CSP would block anything that slipped through anyway.
  previewBody.innerHTML = msg.html;
  previewBody.scrollTop = 0;
  preview.hidden = false;
  app.classList.add('with-preview');
}

function closePreview(): void {
  preview.hidden = true;
  app.classList.remove('with-preview');
  previewBody.replaceChildren();
  previewKey = undefined;
  state.preview = undefined;
  saveState();
}

previewInsert.addEventListener('click', () => { if (previewKey) vscode.postMessage({ type: 'insert', ...previewKey }); });
previewCopy.addEventListener('click', () => { if (previewKey) vscode.postMessage({ type: 'copy', ...previewKey }); });
previewClose.addEventListener('click', () => { closePreview(); list.focus(); });

// Links never navigate the webview: the host decides (http(s) only) and opens a browser.
function onPreviewLink(e: MouseEvent): void {
  const target = e.target instanceof Element ? e.target.closest('a') : null;
  if (!target) return;
  e.preventDefault();
  e.stopPropagation();
  if (e.type !== 'click' && !(e.type === 'auxclick' && e.button === 1)) return;
  const href = target.getAttribute('data-href');
  if (href) vscode.postMessage({ type: 'openLink', href });
}
previewBody.addEventListener('click', onPreviewLink);
previewBody.addEventListener('auxclick', onPreviewLink);

// ------------------------------------------------------------------------------------------------
// Keyboard

function isCopyChord(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && (isMac ? e.metaKey : e.ctrlKey);
}

function escape(): void {
  if (!preview.hidden) {
    closePreview();
    return;
  }
  vscode.postMessage({ type: 'focusEditor' });
}

input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    if (items.length === 0) return;
    if (selectedIndex() < 0) move(0);
    list.focus();
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    move(-1);
  } else if (isCopyChord(e)) {
    e.preventDefault();
    copySelected();
  } else if (e.key === 'Enter') {
    e.preventDefault();
    if (searchTimer !== undefined) {
      // Enter right after typing acts on the results of what was typed.
      search();
      pendingEnter = true;
    } else insertSelected();
  } else if (e.key === 'ArrowRight' && input.selectionStart === input.value.length && input.selectionEnd === input.value.length && items.length) {
    e.preventDefault();
    previewSelected();
  } else if (e.key === 'Escape') {
    e.preventDefault();
    escape();
  }
});
let pendingEnter = false;

list.addEventListener('keydown', (e) => {
  const idx = selectedIndex();
  if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
  else if (e.key === 'ArrowUp') {
    e.preventDefault();
    if (idx <= 0) input.focus();
    else move(-1);
  } else if (e.key === 'Home') { e.preventDefault(); move(-items.length); }
  else if (e.key === 'End') { e.preventDefault(); move(items.length); }
  else if (e.key === 'PageDown') { e.preventDefault(); move(10); }
  else if (e.key === 'PageUp') { e.preventDefault(); move(-10); }
  else if (isCopyChord(e)) { e.preventDefault(); copySelected(); }
  else if (e.key === 'Enter') { e.preventDefault(); insertSelected(); }
  else if (e.key === ' ' || e.key === 'ArrowRight') { e.preventDefault(); previewSelected(); }
  else if (e.key === 'ArrowLeft') { if (!preview.hidden) { e.preventDefault(); closePreview(); } }
  else if (e.key === 'Escape') { e.preventDefault(); escape(); }
  else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    // Typing while the list has focus goes on with the query.
    input.focus();
  } else if (e.key === 'Backspace') {
    input.focus();
  }
});
list.addEventListener('focus', () => { if (selectedIndex() < 0 && items.length) move(0); });

preview.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') { e.preventDefault(); closePreview(); list.focus(); }
});

// ------------------------------------------------------------------------------------------------
// Messages from the host

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function notice(text: string): void {
  announce(text);
  toast.textContent = text;
  toast.classList.add('visible');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => toast.classList.remove('visible'), 2500);
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const msg = event.data;
  if (!msg || typeof msg !== 'object') return;
  switch (msg.type) {
    case 'facets': {
      // The first facets answer 'ready', sent together with the first search; later ones mean the packs
      // changed, so the list is searched again.
      const first = !facetsAnswered;
      facetsAnswered = true;
      facets = msg.facets;
      renderFilters();
      list.hidden = msg.facets.empty;
      if (!first) search();
      else if (lastResults) renderMessage(lastResults.total, lastResults.suggestions, lastResults.query);
      break;
    }
    case 'results':
      if (msg.requestId !== latestSearch) return; // a newer keystroke is on its way
      renderResults(msg.groups, msg.total, msg.suggestions, msg.query);
      if (pendingEnter) {
        pendingEnter = false;
        insertSelected();
      }
      break;
    case 'preview':
      if (msg.requestId !== 0 && msg.requestId !== latestPreview) return;
      if (msg.requestId === 0) select(keyOf(msg.kind, msg.id));
      showPreview(msg);
      break;
    case 'favourite': {
      const key = keyOf(msg.kind, msg.id);
      for (const item of items) if (keyOf(item.kind, item.id) === key) item.favourite = msg.favourite;
      for (const row of list.querySelectorAll<HTMLElement>('.result')) {
        if (row.dataset.key !== key) continue;
        const star = row.querySelector<HTMLButtonElement>('.star')!;
        star.replaceChildren(icon(msg.favourite ? 'star' : 'starEmpty'));
        star.setAttribute('aria-pressed', String(msg.favourite));
        const label = msg.favourite ? t('Remove from favourites') : t('Add to favourites');
        star.setAttribute('aria-label', label);
        star.title = label;
      }
      announce(msg.favourite ? t('Added to favourites') : t('Removed from favourites'));
      break;
    }
    case 'notice':
      notice(msg.text);
      break;
    case 'focusSearch':
      if (document.activeElement === document.body || document.activeElement === null) input.focus();
      break;
  }
});

/** Renders the listing the host embedded in the HTML, when it was made for this page's query and filters. */
function renderInitial(): void {
  let initial: InitialView | null = null;
  try {
    initial = JSON.parse(document.getElementById('kindly-initial')?.textContent ?? 'null') as InitialView | null;
  } catch {
    return;
  }
  const sameFilters = (a: Filters, b: Filters) => a.kind === b.kind && a.lang === b.lang && a.tag === b.tag && a.pack === b.pack;
  if (!initial || initial.query !== state.query || !sameFilters(initial.filters, state.filters)) return;
  facets = initial.facets;
  renderFilters();
  list.hidden = initial.facets.empty;
  renderResults(initial.results.groups, initial.results.total, initial.results.suggestions, initial.query);
}

window.addEventListener('focus', () => {
  if (document.activeElement === document.body) input.focus();
});

input.value = state.query;
renderFilters();
input.focus();
renderInitial();
// Ask for the facets and the first results at once: one round trip to the host instead of two.
vscode.postMessage({ type: 'ready' });
search();
