// Which greetings, closings and templates suit a draft, in the order Kindly offers them (QuickPick and slash
// completions share this): same language and a compatible channel and time of day, most recently used first.
import { languageMatch, rankByRecent, rankPhrases } from '../../core/drafts/pick';
import type { Phrase, Template } from '../../core/packs/model';
import type { SnippetKind, SnippetState } from './state';
import type { DraftContext } from './values';

export type SnippetItem =
  | { kind: 'greeting' | 'closing'; id: string; title: string; lang: string; channel: string; packId: string; text: string; phrase: Phrase }
  | { kind: 'template'; id: string; title: string; lang: string; channel: string; packId: string; text: string; template: Template };

export interface ChooseOptions {
  /** Offer every language, not just the draft's. */
  allLanguages?: boolean;
  now?: Date;
}

export function phraseItem(p: Phrase): SnippetItem {
  return { kind: p.kind, id: p.id, title: p.title ?? p.id, lang: p.lang, channel: p.channel, packId: p.origin.packId, text: p.text, phrase: p };
}

export function templateItem(t: Template): SnippetItem {
  return { kind: 'template', id: t.id, title: t.title, lang: t.lang, channel: t.channels.length ? t.channels.join(', ') : 'any', packId: t.origin.packId, text: t.body, template: t };
}

/**
 * Phrases of `kind` for the draft: those that suit its language, channel and the time of day. They are
 * ranked as core's `rankPhrases` ranks them without a clock, so the order stays the same through the day,
 * and phrases written for another time of day ("Good evening" in the morning) are left out.
 */
export function choosePhrases(phrases: readonly Phrase[], kind: 'greeting' | 'closing', draft: DraftContext, state: SnippetState, options: ChooseOptions = {}): Phrase[] {
  const now = options.now ?? new Date();
  let ranked: Phrase[];
  if (options.allLanguages) {
    ranked = phrases.filter((p) => p.kind === kind);
  } else {
    const suitsNow = new Set(rankPhrases(phrases, { kind, lang: draft.lang, channel: draft.channel, now }));
    ranked = rankPhrases(phrases, { kind, lang: draft.lang, channel: draft.channel }).filter((p) => suitsNow.has(p));
  }
  return rankByRecent(ranked, state.recent(kind));
}

/** Templates for the draft: its language (exact tag first) and channel (templates for any channel too). */
export function chooseTemplates(templates: readonly Template[], draft: DraftContext, state: SnippetState, options: ChooseOptions = {}): Template[] {
  const suitable = options.allLanguages ? [...templates] : templates
    .map((t, order) => ({ t, order, lang: languageMatch(t.lang, draft.lang) }))
    .filter((x) => x.lang > 0 && (!draft.channel || x.t.channels.length === 0 || x.t.channels.includes(draft.channel as never)))
    .sort((a, b) => b.lang - a.lang || a.order - b.order)
    .map((x) => x.t);
  return rankByRecent(suitable, state.recent('template'));
}

/** Greetings, closings and templates for the draft, as one list (slash completions). */
export function chooseAll(phrases: readonly Phrase[], templates: readonly Template[], draft: DraftContext, state: SnippetState, now?: Date): SnippetItem[] {
  return [
    ...choosePhrases(phrases, 'greeting', draft, state, { now }).map(phraseItem),
    ...choosePhrases(phrases, 'closing', draft, state, { now }).map(phraseItem),
    ...chooseTemplates(templates, draft, state).map(templateItem),
  ];
}

export type { SnippetKind };
