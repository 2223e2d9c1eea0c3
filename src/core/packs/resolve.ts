// Combining loaded packs into what Kindly uses. Precedence: workspace packs, then packs from the
// `kindly.packs` setting, then the built-in pack; within one source, higher manifest `priority` first,
// and a pack before the packs it `extends`. The first pack defining an item id wins.
import * as path from 'node:path';
import { MANIFEST_FILE } from './manifest';
import type { Article, LoadedPack, PackItem, PackProblem, PackSource, Phrase, Rule, Template } from './model';

const SOURCE_RANK: Readonly<Record<PackSource, number>> = { workspace: 0, setting: 1, builtin: 2 };

export interface ResolvedPackInfo {
  id: string;
  name: string;
  version: string;
  root: string;
  source: PackSource;
  enabled: boolean;
  /** Items this pack provides that are in effect (not overridden by a higher pack). */
  itemsInEffect: number;
  problemCount: number;
}

export interface OverriddenItem {
  kind: 'template' | 'article' | 'phrase' | 'rule';
  id: string;
  /** The item that lost, from the lower pack. */
  item: PackItem;
  /** Id of the pack whose item is used instead. */
  byPackId: string;
}

export interface ResolvedPacks {
  templates: Template[];
  articles: Article[];
  phrases: Phrase[];
  rules: Rule[];
  /** Problems of the enabled packs, plus precedence problems (e.g. two packs with one id). */
  problems: PackProblem[];
  /** Every pack given, in effective precedence order (highest first), enabled or not. */
  packs: ResolvedPackInfo[];
  overridden: OverriddenItem[];
}

/** Orders packs by precedence (highest first); stable for packs that tie. */
export function orderPacks(packs: readonly LoadedPack[]): LoadedPack[] {
  const ordered = packs
    .map((pack, index) => ({ pack, index }))
    .sort((a, b) => SOURCE_RANK[a.pack.source] - SOURCE_RANK[b.pack.source]
      || (b.pack.manifest.priority ?? 0) - (a.pack.manifest.priority ?? 0)
      || a.index - b.index)
    .map((x) => x.pack);
  // A pack must come before any pack (of the same source) it extends. Bounded passes: cycles just stop.
  for (let pass = 0; pass < ordered.length; pass++) {
    let moved = false;
    for (let i = 0; i < ordered.length; i++) {
      const child = ordered[i];
      const parents = new Set(child.manifest.extends ?? []);
      const j = ordered.findIndex((p, k) => k < i && p.source === child.source && parents.has(p.manifest.id));
      if (j !== -1) {
        ordered.splice(i, 1);
        ordered.splice(j, 0, child);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return ordered;
}

/**
 * Merges packs (given highest precedence first; re-ordered by `orderPacks`). `disabled` holds pack ids
 * to leave out. The same item id in a higher pack overrides a lower one; each kind has its own ids.
 */
export function resolvePacks(packs: readonly LoadedPack[], disabled: ReadonlySet<string> = new Set()): ResolvedPacks {
  const ordered = orderPacks(packs);
  const out: ResolvedPacks = { templates: [], articles: [], phrases: [], rules: [], problems: [], packs: [], overridden: [] };
  const winners = new Map<string, PackItem>();
  const seenPackIds = new Map<string, LoadedPack>();
  for (const pack of ordered) {
    const enabled = !disabled.has(pack.manifest.id);
    const info: ResolvedPackInfo = {
      id: pack.manifest.id, name: pack.manifest.name, version: pack.manifest.version, root: pack.root,
      source: pack.source, enabled, itemsInEffect: 0, problemCount: pack.problems.length,
    };
    out.packs.push(info);
    if (!enabled) continue;
    out.problems.push(...pack.problems);
    const twin = seenPackIds.get(pack.manifest.id);
    if (twin) {
      out.problems.push({
        file: path.join(pack.root, MANIFEST_FILE), line: 1, column: 1, path: 'id', severity: 'warning', code: 'duplicate-pack',
        message: `another pack with id "${pack.manifest.id}" (${twin.root}) takes precedence; its items win over this one's`,
      });
    } else seenPackIds.set(pack.manifest.id, pack);
    const take = <T extends PackItem>(kind: OverriddenItem['kind'], items: readonly T[], into: T[]) => {
      for (const item of items) {
        const key = `${kind}\u0000${item.id}`;
        const winner = winners.get(key);
        if (winner) {
          out.overridden.push({ kind, id: item.id, item, byPackId: winner.origin.packId });
          continue;
        }
        winners.set(key, item);
        into.push(item);
        info.itemsInEffect++;
      }
    };
    take('template', pack.templates, out.templates);
    take('article', pack.articles, out.articles);
    take('phrase', pack.phrases, out.phrases);
    take('rule', pack.rules, out.rules);
  }
  return out;
}
