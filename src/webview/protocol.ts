// The one message protocol between the sidebar page and the extension host. Both sides import the types;
// the host validates every incoming message with zod, because the page is a separate, untrusted context.
// The page only renders what the host sends; searching, filling and Markdown rendering happen in the host.
import { z } from 'zod';

/** Everything the sidebar lists: search results (templates, articles) and greetings/closings. */
export const ITEM_KINDS = ['template', 'article', 'greeting', 'closing'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Filter on kind: one kind of search result, or the greetings and closings ("phrase"). */
export const KIND_FILTERS = ['template', 'article', 'phrase'] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];

export type Range = [start: number, end: number];

/** One row of the list as the page shows it. Text is set with textContent only. */
export interface ItemView {
  kind: ItemKind;
  id: string;
  title: string;
  /** UTF-16 ranges of `title` to highlight. */
  titleHighlights: Range[];
  lang: string;
  tags: string[];
  /** Pack id (`packName` is its display name). */
  pack: string;
  packName: string;
  excerpt: string;
  excerptHighlights: Range[];
  favourite: boolean;
}

/** A titled section of the list (search results, favourites, recently used, greetings & closings). */
export interface GroupView {
  id: 'results' | 'favourites' | 'recent' | 'phrases' | 'browse';
  label: string;
  items: ItemView[];
}

export interface SuggestionView {
  kind: 'query' | 'title';
  text: string;
}

export interface Filters {
  kind?: KindFilter;
  lang?: string;
  tag?: string;
  pack?: string;
}

export interface FacetsView {
  langs: string[];
  tags: string[];
  packs: { id: string; name: string }[];
  /** No pack provides anything to list: the page shows how to add a pack. */
  empty: boolean;
  /** Packs are still loading: what is listed may grow. */
  loading: boolean;
}

/**
 * What the host embeds in the page's HTML when it creates the view: the facets and the listing for the query
 * the page had last time, so the first rows render without waiting for a round trip to the host.
 */
export interface InitialView {
  query: string;
  filters: Filters;
  facets: FacetsView;
  results: { groups: GroupView[]; total: number; suggestions: SuggestionView[] };
}

/** Host → page. */
export type HostMessage =
  | { type: 'facets'; facets: FacetsView }
  | { type: 'results'; requestId: number; query: string; groups: GroupView[]; total: number; suggestions: SuggestionView[] }
  | { type: 'preview'; requestId: number; kind: ItemKind; id: string; title: string; lang: string; packName: string; html: string; note?: string }
  | { type: 'favourite'; kind: ItemKind; id: string; favourite: boolean }
  | { type: 'notice'; text: string }
  | { type: 'focusSearch' };

// Limits for what the page may send: generous for real use, small enough that nothing huge gets through.
const MAX_QUERY = 500;
const MAX_ID = 200;
const requestId = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const itemRef = { kind: z.enum(ITEM_KINDS), id: z.string().min(1).max(MAX_ID) };
const filtersSchema = z.strictObject({
  kind: z.enum(KIND_FILTERS).optional(),
  lang: z.string().min(1).max(35).optional(),
  tag: z.string().min(1).max(MAX_ID).optional(),
  pack: z.string().min(1).max(MAX_ID).optional(),
});

/** Page → host, validated on arrival: unknown types, wrong types, extra keys and oversized strings are rejected. */
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('search'), requestId, query: z.string().max(MAX_QUERY), filters: filtersSchema }),
  z.strictObject({ type: z.literal('insert'), ...itemRef }),
  z.strictObject({ type: z.literal('copy'), ...itemRef }),
  z.strictObject({ type: z.literal('preview'), requestId, ...itemRef }),
  z.strictObject({ type: z.literal('toggleFavourite'), ...itemRef }),
  z.strictObject({ type: z.literal('openLink'), href: z.string().min(1).max(2048) }),
  z.strictObject({ type: z.literal('newPack') }),
  z.strictObject({ type: z.literal('focusEditor') }),
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;

/** The page's message validated, or undefined (with the reason) when it is malformed. */
export function parsePageMessage(raw: unknown): { ok: true; message: PageMessage } | { ok: false; reason: string } {
  const parsed = pageMessageSchema.safeParse(raw);
  if (parsed.success) return { ok: true, message: parsed.data };
  return { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid message' };
}

/**
 * The link a preview may open: an absolute http(s) URL with a host, normalised by the WHATWG parser (the
 * same one the webview used, so entity, whitespace and case tricks resolve the same way); else undefined.
 */
export function openableLink(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}

/** Key of an item in favourites, recents and the page's selection. */
export function itemKey(kind: ItemKind, id: string): string {
  return `${kind}:${id}`;
}
