// Builds what the sidebar lists for a query and filters: ranked search results from the core index, or for
// an empty query the agent's favourites, recently used items and the greetings & closings for the draft.
import * as vscode from 'vscode';
import type { Phrase } from '../../core/packs/model';
import { plainText } from '../../core/search/plain';
import type { SearchResult } from '../../core/search/index';
import { readSettings } from '../../settings';
import type { Filters, FacetsView, GroupView, ItemView, SuggestionView } from '../../webview/protocol';
import { choosePhrases } from '../snippets/choose';
import { targetEditor } from '../snippets/insert';
import { draftContext, type DraftContext } from '../snippets/values';
import type { SearchServices } from './actions';
import type { ListItem, ListKind } from './searchService';

const RESULT_LIMIT = 50;
const BROWSE_LIMIT = 200;
const PHRASE_MATCH_LIMIT = 8;
const EXCERPT_LENGTH = 160;
const MAX_TAG_FACETS = 300;

export interface Listing {
  groups: GroupView[];
  /** Number of items listed (what the live region announces). */
  total: number;
  suggestions: SuggestionView[];
}

function packNames(services: SearchServices): Map<string, string> {
  return new Map(services.packs.resolved.packs.map((p) => [p.id, p.name]));
}

function shortExcerpt(markdown: string): string {
  const plain = plainText(markdown).replace(/\s+/g, ' ').trim();
  return plain.length <= EXCERPT_LENGTH ? plain : `${plain.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')} …`;
}

export function isPhraseItem(item: ListItem): item is Phrase {
  return item.kind === 'greeting' || item.kind === 'closing';
}

export function itemView(services: SearchServices, item: ListItem, names: Map<string, string>): ItemView {
  const phrase = isPhraseItem(item) ? item : undefined;
  const doc = isPhraseItem(item) ? undefined : item;
  return {
    kind: item.kind,
    id: item.id,
    title: item.title ?? item.id,
    titleHighlights: [],
    lang: item.lang,
    tags: phrase ? (phrase.channel && phrase.channel !== 'any' ? [phrase.channel] : []) : [...doc!.tags],
    pack: item.origin.packId,
    packName: names.get(item.origin.packId) ?? item.origin.packId,
    excerpt: phrase ? phrase.text : shortExcerpt(doc!.description ?? doc!.body),
    excerptHighlights: [],
    favourite: services.search.isFavourite(item.kind, item.id),
  };
}

export function resultView(r: SearchResult, names: Map<string, string>, favourites: ReadonlySet<string>): ItemView {
  return {
    kind: r.kind,
    id: r.id,
    title: r.title,
    titleHighlights: r.highlights.title.map(([s, e]) => [s, e]),
    lang: r.lang,
    tags: [...r.tags],
    pack: r.pack,
    packName: names.get(r.pack) ?? r.pack,
    excerpt: r.excerpt.text,
    excerptHighlights: r.excerpt.highlights.map(([s, e]) => [s, e]),
    favourite: favourites.has(`${r.kind}:${r.id}`),
  };
}

function langMatches(itemLang: string, wanted: string | undefined): boolean {
  if (!wanted) return true;
  const a = itemLang.toLowerCase();
  const b = wanted.toLowerCase();
  return a === b || a.startsWith(`${b}-`);
}

function itemMatches(item: ListItem, filters: Filters): boolean {
  const isPhrase = isPhraseItem(item);
  if (filters.kind === 'phrase' && !isPhrase) return false;
  if ((filters.kind === 'template' || filters.kind === 'article') && item.kind !== filters.kind) return false;
  if (!langMatches(item.lang, filters.lang)) return false;
  if (filters.pack && item.origin.packId !== filters.pack) return false;
  if (filters.tag && (isPhraseItem(item) || !item.tags.includes(filters.tag))) return false;
  return true;
}

function currentDraft(): DraftContext {
  const editor = targetEditor();
  if (editor) return draftContext(editor.document);
  return { header: {}, lang: readSettings().defaultLanguage };
}

/** Greetings and closings: those that suit the draft first (in the order the snippet commands offer), then the rest. */
function orderedPhrases(services: SearchServices): Phrase[] {
  const all = services.packs.phrases;
  const draft = currentDraft();
  const suited = [
    ...choosePhrases(all, 'greeting', draft, services.snippets),
    ...choosePhrases(all, 'closing', draft, services.snippets),
  ];
  const seen = new Set(suited);
  return [...suited, ...all.filter((p) => !seen.has(p))];
}

function fold(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase();
}

export function listFor(services: SearchServices, query: string, filters: Filters): Listing {
  const names = packNames(services);
  const q = query.trim();
  const phraseFilterOk = !filters.tag && (filters.kind === undefined || filters.kind === 'phrase');
  const phrases = () => orderedPhrases(services).filter((p) => itemMatches(p, filters));

  if (q === '') {
    const hasFilter = filters.kind !== undefined || filters.lang !== undefined || filters.tag !== undefined || filters.pack !== undefined;
    const groups: GroupView[] = [];
    const favourites = services.search.favourites();
    const resolve = (keys: string[]) => keys.flatMap((key) => {
      const at = key.indexOf(':');
      const item = services.search.item(key.slice(0, at) as ListKind, key.slice(at + 1));
      return item && itemMatches(item, filters) ? [itemView(services, item, names)] : [];
    });
    const fav = resolve(favourites);
    if (fav.length) groups.push({ id: 'favourites', label: vscode.l10n.t('Favourites'), items: fav });
    const favSet = new Set(favourites);
    const recent = resolve(services.search.recent().filter((k) => !favSet.has(k)));
    if (recent.length) groups.push({ id: 'recent', label: vscode.l10n.t('Recently used'), items: recent });
    if (hasFilter && filters.kind !== 'phrase') {
      // Browsing by filter: every matching template/article, by title.
      const items = services.search.allItems().filter((i) => itemMatches(i, filters))
        .sort((a, b) => a.title.localeCompare(b.title)).slice(0, BROWSE_LIMIT).map((i) => itemView(services, i, names));
      if (items.length) groups.push({ id: 'browse', label: filters.kind === 'article' ? vscode.l10n.t('Articles') : filters.kind === 'template' ? vscode.l10n.t('Templates') : vscode.l10n.t('Templates and articles'), items });
    }
    if (phraseFilterOk) {
      const items = phrases().map((p) => itemView(services, p, names));
      if (items.length) groups.push({ id: 'phrases', label: vscode.l10n.t('Greetings & closings'), items });
    }
    return { groups, total: groups.reduce((n, g) => n + g.items.length, 0), suggestions: [] };
  }

  const groups: GroupView[] = [];
  let total = 0;
  if (filters.kind !== 'phrase') {
    const favourites = new Set(services.search.favourites());
    const results = services.search.search(q, {
      kind: filters.kind,
      lang: filters.lang,
      tags: filters.tag ? [filters.tag] : undefined,
      packs: filters.pack ? [filters.pack] : undefined,
      limit: RESULT_LIMIT,
    });
    if (results.length) groups.push({ id: 'results', label: vscode.l10n.t('Templates and articles'), items: results.map((r) => resultView(r, names, favourites)) });
    total += results.length;
  }
  if (phraseFilterOk) {
    const needle = fold(q);
    const matches = phrases().filter((p) => fold(p.title ?? '').includes(needle) || fold(p.text).includes(needle) || fold(p.id).includes(needle))
      .slice(0, filters.kind === 'phrase' ? BROWSE_LIMIT : PHRASE_MATCH_LIMIT)
      .map((p) => {
        const view = itemView(services, p, names);
        const at = fold(view.title).indexOf(needle);
        // Case folding can change lengths in rare scripts; only highlight when it did not.
        if (at >= 0 && fold(view.title).length === view.title.length) view.titleHighlights = [[at, at + needle.length]];
        return view;
      });
    if (matches.length) groups.push({ id: 'phrases', label: vscode.l10n.t('Greetings & closings'), items: matches });
    total += matches.length;
  }
  const suggestions: SuggestionView[] = total === 0
    ? services.search.suggest(q, 5).map((s) => ({ kind: s.kind, text: s.text }))
    : [];
  return { groups, total, suggestions };
}

export function facetsFor(services: SearchServices): FacetsView {
  const langs = new Set<string>();
  const tagCounts = new Map<string, number>();
  const packs = new Set<string>();
  for (const item of services.search.allItems()) {
    langs.add(item.lang);
    packs.add(item.origin.packId);
    for (const t of item.tags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
  }
  for (const p of services.packs.phrases) {
    langs.add(p.lang);
    packs.add(p.origin.packId);
  }
  const names = packNames(services);
  const tags = [...tagCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_TAG_FACETS).map(([t]) => t).sort((a, b) => a.localeCompare(b));
  return {
    langs: [...langs].sort(),
    tags,
    packs: [...packs].map((id) => ({ id, name: names.get(id) ?? id })).sort((a, b) => a.name.localeCompare(b.name)),
    empty: !services.packs.loading && services.search.size === 0 && services.packs.phrases.length === 0,
    loading: services.packs.loading,
  };
}
