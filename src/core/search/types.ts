// Public shapes of the search engine (shared by the sidebar, the palette QuickPick and `kindly search`).

export type SearchKind = 'template' | 'article';

export interface SearchDoc {
  /** Unique per kind within one index; adding a document with an existing kind and id replaces it. */
  id: string;
  kind: SearchKind;
  title: string;
  tags: readonly string[];
  /** Markdown body (placeholders allowed). */
  body: string;
  /** BCP-47 tag: en, hi, bn, … */
  lang: string;
  /** Id of the pack the item comes from. */
  pack: string;
}

export type Range = [start: number, end: number];

export interface SearchResult {
  id: string;
  kind: SearchKind;
  title: string;
  lang: string;
  pack: string;
  tags: readonly string[];
  score: number;
  /** UTF-16 ranges in `title` of the matched words (or typed prefixes). */
  highlights: { title: Range[] };
  /** A short window of the body's plain text around the best match, with ranges relative to `text`. */
  excerpt: { text: string; highlights: Range[] };
}

export interface SearchOptions {
  /** Only these languages (`pt` also accepts `pt-BR`). */
  lang?: string | readonly string[];
  kind?: SearchKind;
  /** Items must carry every one of these tags. */
  tags?: readonly string[];
  /** Only items from these packs. */
  packs?: readonly string[];
  /** Maximum number of results (default 20). */
  limit?: number;
  /**
   * Tie-breakers (favourites, recently used): id → weight in [0, 1]. Only reorders results whose
   * scores are within 1% of each other; it never lifts a weaker match above a better one.
   */
  boostIds?: ReadonlyMap<string, number>;
}

export interface Suggestion {
  /** 'query': a corrected query to offer; 'title': an item whose title is close to what was typed. */
  kind: 'query' | 'title';
  text: string;
  id?: string;
}
