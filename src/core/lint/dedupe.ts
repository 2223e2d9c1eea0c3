// Findings before they become `Finding`s, in flat columns (no object per finding), and the merging of
// overlaps. Most of a long draft's findings are merged away or beyond `maxFindings`, so messages, matches and
// rewrites are only made for the ones returned.
import { compareFindings } from './spans';

/** What ordering and merging need to know of each rule, indexed by rule. */
export interface RuleKeys {
  /** Position of the rule id in `localeCompare` order (equal ids share one): the tie-break of sorting. */
  rank: Int32Array;
  /** Dedupe bucket: one per wording category, else one per rule. */
  bucket: Int32Array;
  /** Wording strength (lower = more specific), -1 for other categories. */
  strength: Int32Array;
  /** Number of buckets. */
  buckets: number;
}

/** Pending findings in report order, one column per field; finding k is rule[k], start[k] … */
export class PendingFindings {
  readonly rule: number[] = [];
  readonly start: number[] = [];
  /** May grow when a later finding of the same rule overlaps (see `dedupe`). */
  readonly end: number[] = [];
  /** End of the original match, which the rewrites are built from. */
  readonly matchEnd: number[] = [];
  /** Rewrite templates when not the rule's own (document checks). */
  readonly templates: Array<readonly string[] | undefined> = [];

  get length(): number {
    return this.rule.length;
  }

  /** Appends a finding; the caller appends in report order. */
  push(rule: number, start: number, end: number): void {
    this.rule.push(rule);
    this.start.push(start);
    this.end.push(end);
    this.matchEnd.push(end);
    this.templates.push(undefined);
  }

  /** Inserts a finding at its place in report order, after every finding it ties with. */
  insert(keys: RuleKeys, rule: number, start: number, end: number, templates?: readonly string[]): void {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareFindings(keys.rank, this.rule[mid], this.start[mid], this.end[mid], rule, start, end) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.rule.splice(lo, 0, rule);
    this.start.splice(lo, 0, start);
    this.end.splice(lo, 0, end);
    this.matchEnd.splice(lo, 0, end);
    this.templates.splice(lo, 0, templates);
  }
}

/**
 * Merges overlaps within one category, over findings in report order: a finding inside or overlapping an
 * earlier one of the same category is dropped, and when both come from the same rule the earlier one grows
 * to cover both ("It is impossible" + "impossible for us" → "It is impossible for us"). Returns the indices
 * of the findings kept, in order.
 */
export function dedupe(p: PendingFindings, keys: RuleKeys): number[] {
  const { rule, start, end } = p;
  const { bucket, strength } = keys;
  const out: number[] = [];
  const last = new Int32Array(keys.buckets).fill(-1);
  for (let k = 0; k < p.length; k++) {
    const r = rule[k];
    const prev = last[bucket[r]];
    if (prev !== -1 && start[k] < end[prev]) {
      // Rule ids are unique among compiled rules, so the same id is the same rule index.
      if (end[k] > end[prev] && rule[prev] === r) end[prev] = end[k];
      continue;
    }
    if (strength[r] >= 0 && insideStronger(p, keys, out, k)) continue;
    out.push(k);
    last[bucket[r]] = k;
  }
  return longestWording(p, keys, out);
}

/** Kept findings looked back at for a stronger one around a wording finding. */
const STRONGER_LOOKBACK = 16;

/** A trigger word inside a longer, stronger finding ("your problem" inside "that's your problem, not ours") is that finding's business. */
function insideStronger(p: PendingFindings, keys: RuleKeys, kept: readonly number[], f: number): boolean {
  const { rule, start, end } = p;
  const strength = keys.strength;
  const fs = strength[rule[f]];
  const fStart = start[f];
  const fEnd = end[f];
  for (let k = kept.length - 1, seen = 0; k >= 0 && seen < STRONGER_LOOKBACK; k--, seen++) {
    const o = kept[k];
    const os = strength[rule[o]];
    if (os === fs || os < 0) continue;
    if (start[o] <= fStart && fEnd <= end[o] && (end[o] - start[o]) > (fEnd - fStart) && os < fs) return true;
  }
  return false;
}

/**
 * Overlapping wording findings of different categories ("Our hands are tied" as a refusal inside "Our hands
 * are tied by the returns policy" as policy jargon; "clearly" inside "It's clearly user error"): one span of
 * text gets one category, so only the longest is kept (on a tie, the more specific category). Broad phrase
 * families in several categories then never report the same words twice.
 */
function longestWording(p: PendingFindings, keys: RuleKeys, found: number[]): number[] {
  const { rule, start, end } = p;
  const strength = keys.strength;
  const keep = new Uint8Array(found.length).fill(1);
  let dropped = 0;
  let prev = -1; // position in `found` of the kept wording finding reaching furthest so far
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const fs = strength[rule[f]];
    if (fs < 0) continue;
    if (prev !== -1) {
      const q = found[prev];
      const ps = strength[rule[q]];
      if (start[f] < end[q] && ps !== fs) {
        const lf = end[f] - start[f];
        const lp = end[q] - start[q];
        dropped++;
        if (lf > lp || (lf === lp && fs < ps)) { keep[prev] = 0; prev = k; } else keep[k] = 0;
        continue;
      }
    }
    if (prev === -1 || end[f] > end[found[prev]]) prev = k;
  }
  return dropped === 0 ? found : found.filter((_, k) => keep[k] === 1);
}
