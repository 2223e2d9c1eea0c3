// The search index over the templates and articles in effect, shared by the sidebar and the palette.
// Built once from the loaded packs and then kept up to date incrementally: when PackService publishes new
// content (it reloads only the changed files), only the items that were added, changed or removed are
// added to / removed from the core index. Favourites and recently used items live in globalState.
import * as vscode from 'vscode';
import type { Article, Phrase, Template } from '../../core/packs/model';
import type { ResolvedPacks } from '../../core/packs/resolve';
import { itemDoc } from '../../core/search/documents';
import { SearchIndex, type SearchOptions, type SearchResult, type Suggestion, type SynonymTable } from '../../core/search/index';
import type { PackService } from '../packs/packService';

export type SearchItem = Template | Article;
export type ListItem = Template | Article | Phrase;
export type ListKind = 'template' | 'article' | 'greeting' | 'closing';

const FAVOURITES_KEY = 'kindly.search.favourites';
const RECENT_KEY = 'kindly.search.recent';
const MAX_RECENT = 20;
const MAX_FAVOURITES = 200;

export function listKey(kind: ListKind, id: string): string {
  return `${kind}:${id}`;
}

/** What the last synchronisation with the packs did (tests check that updates are incremental). */
export interface SyncStats {
  added: number;
  removed: number;
  size: number;
}

export class SearchService implements vscode.Disposable {
  private readonly index = new SearchIndex();
  /** Items in the index by kind:id, as last added (object identity and content decide what changed). */
  private readonly items = new Map<string, SearchItem>();
  private readonly synonyms = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  /** Fires after the index changed (packs reloaded) or favourites changed. */
  readonly onDidChange = this._onDidChange.event;
  lastSync: SyncStats = { added: 0, removed: 0, size: 0 };

  constructor(private readonly packs: PackService, private readonly globalState: vscode.Memento) {
    this.sync(packs.resolved);
    this.disposables.push(packs.onDidChange((resolved) => this.sync(resolved)), this._onDidChange);
  }

  /** Resolves once the packs have loaded and the index reflects them. */
  get ready(): Promise<void> {
    return this.packs.ready;
  }

  get size(): number {
    return this.index.size;
  }

  private sync(resolved: ResolvedPacks): void {
    let added = 0;
    let removed = 0;
    const next = new Map<string, SearchItem>();
    for (const item of [...resolved.templates, ...resolved.articles]) next.set(listKey(item.kind, item.id), item);
    for (const [key, old] of this.items) {
      if (!next.has(key)) {
        this.index.remove(old.id, old.kind);
        this.items.delete(key);
        removed++;
      }
    }
    for (const [key, item] of next) {
      const old = this.items.get(key);
      if (old === item || (old && sameContent(old, item))) {
        this.items.set(key, item); // keep the newest object (its origin) without re-indexing
        continue;
      }
      this.index.add(itemDoc(item));
      this.items.set(key, item);
      added++;
    }
    // Synonyms declared by the packs in effect (only re-set when they changed: it recompiles lookups).
    const seen = new Set<string>();
    for (const { id, manifest } of this.packs.manifests()) {
      const source = `pack:${id}`;
      seen.add(source);
      const json = JSON.stringify(manifest.synonyms ?? null);
      if (this.synonyms.get(source) === json) continue;
      this.synonyms.set(source, json);
      this.index.setSynonyms(source, manifest.synonyms as SynonymTable | undefined);
    }
    for (const source of [...this.synonyms.keys()]) {
      if (!seen.has(source)) {
        this.synonyms.delete(source);
        this.index.setSynonyms(source, undefined);
      }
    }
    this.lastSync = { added, removed, size: this.index.size };
    this._onDidChange.fire();
  }

  search(query: string, options: Omit<SearchOptions, 'boostIds'> = {}): SearchResult[] {
    return this.index.search(query, { ...options, boostIds: this.boosts() });
  }

  suggest(query: string, limit = 5): Suggestion[] {
    return this.index.suggest(query, limit);
  }

  /** The pack item behind a list entry (templates and articles from the index, phrases from the packs). */
  item(kind: ListKind, id: string): ListItem | undefined {
    if (kind === 'template' || kind === 'article') return this.items.get(listKey(kind, id));
    return this.packs.phrases.find((p) => p.kind === kind && p.id === id);
  }

  /** Every template and article in the index. */
  allItems(): SearchItem[] {
    return [...this.items.values()];
  }

  // Favourites and recently used ------------------------------------------------------------------

  favourites(): string[] {
    return this.keys(FAVOURITES_KEY);
  }

  isFavourite(kind: ListKind, id: string): boolean {
    return this.favourites().includes(listKey(kind, id));
  }

  async toggleFavourite(kind: ListKind, id: string): Promise<boolean> {
    const key = listKey(kind, id);
    const current = this.favourites();
    const on = !current.includes(key);
    const next = on ? [key, ...current].slice(0, MAX_FAVOURITES) : current.filter((k) => k !== key);
    await this.globalState.update(FAVOURITES_KEY, next);
    this._onDidChange.fire();
    return on;
  }

  recent(): string[] {
    return this.keys(RECENT_KEY);
  }

  async markUsed(kind: ListKind, id: string): Promise<void> {
    const key = listKey(kind, id);
    await this.globalState.update(RECENT_KEY, [key, ...this.recent().filter((k) => k !== key)].slice(0, MAX_RECENT));
  }

  /** Tie-breakers for the ranking: favourites count most, then recency. */
  private boosts(): Map<string, number> {
    const out = new Map<string, number>();
    const recent = this.recent();
    recent.forEach((key, i) => out.set(key.slice(key.indexOf(':') + 1), 0.5 * (1 - i / recent.length)));
    for (const key of this.favourites()) out.set(key.slice(key.indexOf(':') + 1), 1);
    return out;
  }

  private keys(storageKey: string): string[] {
    const raw = this.globalState.get<unknown>(storageKey);
    return Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : [];
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function sameContent(a: SearchItem, b: SearchItem): boolean {
  return a.title === b.title && a.body === b.body && a.lang === b.lang && a.origin.packId === b.origin.packId
    && a.description === b.description && a.tags.length === b.tags.length && a.tags.every((t, i) => t === b.tags[i]);
}
