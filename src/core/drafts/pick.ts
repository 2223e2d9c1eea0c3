// Choosing among greetings, closings and templates for a draft: by language, then channel, then time of day,
// and putting the agent's most recently used items first.
import { baseLanguage, timeOfDay } from '../placeholders/timeGreetings';

/** The parts of a phrase that choosing looks at (a loaded `Phrase` has them all). */
export interface PhraseLike {
  kind: 'greeting' | 'closing';
  lang: string;
  channel?: string;
  timeOfDay?: string;
}

export interface PhraseContext {
  kind: 'greeting' | 'closing';
  lang: string;
  /** The draft's channel; undefined prefers phrases for any channel. */
  channel?: string;
  /** Undefined prefers phrases for any time of day. */
  now?: Date;
}

/**
 * The phrases of `kind` that suit the draft, best first: same language (exact tag before same base language:
 * "en-GB" before "en" for an en-GB draft), then channel (exact before "any"), then time of day (exact before
 * "any"). Phrases for another language, channel or time of day are left out. Ties keep their input order.
 */
export function rankPhrases<T extends PhraseLike>(phrases: readonly T[], ctx: PhraseContext): T[] {
  const part = ctx.now ? timeOfDay(ctx.now) : undefined;
  const scored: { item: T; score: number; order: number }[] = [];
  phrases.forEach((p, order) => {
    if (p.kind !== ctx.kind) return;
    const langScore = languageMatch(p.lang, ctx.lang);
    const channelScore = contextMatch(p.channel, ctx.channel);
    const timeScore = contextMatch(p.timeOfDay, part);
    if (langScore === 0 || channelScore === 0 || timeScore === 0) return;
    scored.push({ item: p, score: langScore * 100 + channelScore * 10 + timeScore, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.item);
}

/** The best phrase for the draft, or undefined when none is in its language. */
export function pickPhrase<T extends PhraseLike>(phrases: readonly T[], ctx: PhraseContext): T | undefined {
  return rankPhrases(phrases, ctx)[0];
}

/** Items whose ids are in `recentIds` first, most recent (index 0) first; the rest keep their order. */
export function rankByRecent<T extends { id: string }>(items: readonly T[], recentIds: readonly string[]): T[] {
  const rank = new Map<string, number>();
  recentIds.forEach((id, i) => { if (!rank.has(id)) rank.set(id, i); });
  return items
    .map((item, order) => ({ item, order, r: rank.get(item.id) ?? Infinity }))
    .sort((a, b) => a.r - b.r || a.order - b.order)
    .map((x) => x.item);
}

/** 2 = same tag, 1 = same base language ("en" and "en-GB"), 0 = different language. */
export function languageMatch(itemLang: string, lang: string): number {
  if (itemLang.toLowerCase() === lang.toLowerCase()) return 2;
  return baseLanguage(itemLang) === baseLanguage(lang) ? 1 : 0;
}

/** 2 = exact, 1 = the item is for "any" (or the context is unknown and the item is specific), 0 = mismatch. */
function contextMatch(itemValue: string | undefined, wanted: string | undefined): number {
  const item = itemValue ?? 'any';
  if (wanted === undefined) return item === 'any' ? 2 : 1;
  if (item === wanted) return 2;
  return item === 'any' ? 1 : 0;
}
