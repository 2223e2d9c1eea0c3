// What the three labelled lint sets (labelled/, heldout/, blind/) share: the item format, a strict line
// parser that collects every error with its file and line, the scripts per language, and the ranges a label
// may never fall in. Each set's test keeps its own sizes and rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const LINT_SETS = path.join(ROOT, 'test/fixtures/lint');

export const CATEGORIES = [
  'refusal', 'blame', 'dismissive', 'negative-word', 'overpromise', 'jargon-policy', 'rude', 'structure', 'placeholder',
] as const;

export interface Expectation { category: string; match: string }
export interface Item { id: string; lang: string; text: string; expect: Expectation[]; note?: string }

/** Each language's own script, and the scripts of the other two (which must not appear in it). */
export const SCRIPTS = {
  en: { script: /[A-Za-z]/u, foreign: /[\p{Script=Devanagari}\p{Script=Bengali}]/u },
  hi: { script: /\p{Script=Devanagari}/u, foreign: /\p{Script=Bengali}/u },
  bn: { script: /\p{Script=Bengali}/u, foreign: /\p{Script=Devanagari}/u },
} as const;

const ITEM_KEYS = new Set(['id', 'lang', 'text', 'expect', 'note']);

export function readLines(file: string): string[] {
  const raw = readFileSync(file, 'utf8');
  return (raw.endsWith('\n') ? raw.slice(0, -1) : raw).split('\n');
}

/** Parses `<set>/<lang>.jsonl`, collecting every malformed line as an error instead of stopping. */
export function parseSetFile(set: string, lang: string): { items: Item[]; errors: string[] } {
  const items: Item[] = [];
  const errors: string[] = [];
  readLines(path.join(LINT_SETS, set, `${lang}.jsonl`)).forEach((line, i) => {
    const where = `${set}/${lang}.jsonl:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: not valid JSON (${(e as Error).message})`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`${where}: not a JSON object`);
      return;
    }
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!ITEM_KEYS.has(k)) errors.push(`${where}: unknown key "${k}"`);
    if (typeof o.id !== 'string' || typeof o.lang !== 'string' || typeof o.text !== 'string' || o.text.trim() === '') {
      errors.push(`${where}: id, lang and a non-empty text are required strings`);
      return;
    }
    if (o.note !== undefined && typeof o.note !== 'string') errors.push(`${where}: note must be a string`);
    if (!Array.isArray(o.expect)) {
      errors.push(`${where}: expect must be an array`);
      return;
    }
    for (const e of o.expect as unknown[]) {
      const ok = typeof e === 'object' && e !== null && Object.keys(e).every((k) => k === 'category' || k === 'match')
        && typeof (e as Expectation).category === 'string' && typeof (e as Expectation).match === 'string';
      if (!ok) errors.push(`${where}: each expectation is exactly {category, match} with string values`);
    }
    items.push(o as unknown as Item);
  });
  return { items, errors };
}

/**
 * Ranges the linter must never flag (issue 5: only the agent's own words count): front matter at the top,
 * fenced code blocks, inline code spans, Markdown `>` quote lines, URLs and e-mail addresses.
 */
export function protectedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const add = (re: RegExp) => {
    for (const m of text.matchAll(re)) ranges.push([m.index!, m.index! + m[0].length]);
  };
  add(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/g); // front matter (anchored at the very start: no `m` flag)
  add(/^```[\s\S]*?^```/gm);
  add(/`[^`\n]+`/g);
  add(/^>.*$/gm);
  add(/https?:\/\/\S+/g);
  add(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g);
  return ranges;
}
