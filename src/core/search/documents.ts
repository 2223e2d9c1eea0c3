// Pack items → search documents, and an index over a set of loaded packs (with their synonyms).
import type { Article, LoadedPack, Template } from '../packs/model';
import { resolvePacks } from '../packs/resolve';
import { SearchIndex } from './index';
import type { SearchDoc } from './types';

/** The description (when there is one) is searched and shown in excerpts before the body. */
export function itemDoc(item: Template | Article): SearchDoc {
  const body = item.description ? `${item.description}\n\n${item.body}` : item.body;
  return { id: item.id, kind: item.kind, title: item.title, tags: item.tags, body, lang: item.lang, pack: item.origin.packId };
}

export function packDocs(pack: Pick<LoadedPack, 'templates' | 'articles'>): SearchDoc[] {
  return [...pack.templates.map(itemDoc), ...pack.articles.map(itemDoc)];
}

/**
 * An index over the items in effect across `packs` (a higher pack's item overrides a lower one with the
 * same kind and id, as everywhere else in Kindly), with every enabled pack's declared synonyms.
 */
export function indexPacks(packs: readonly LoadedPack[], disabled: ReadonlySet<string> = new Set()): SearchIndex {
  const resolved = resolvePacks(packs, disabled);
  const index = new SearchIndex();
  for (const pack of packs) {
    if (!disabled.has(pack.manifest.id)) index.setSynonyms(`pack:${pack.manifest.id}`, pack.manifest.synonyms);
  }
  index.addAll(packDocs(resolved));
  return index;
}
