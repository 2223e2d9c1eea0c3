// All phrase rules (and the structure checks' vocabulary) in one token trie, matched in a single pass:
// the scanner walks the text with charCodeAt, hashes each folded word without allocating, and follows the
// trie on word hashes. Most words miss the root at once (a 64k-entry bit filter answers that), so the cost
// is close to a bare scan. Hits are verified against the real folded words, so a hash collision can never
// produce a finding.
import {
  FOLD_EXPANDS, HASH_SEED, expansion, foldUnit, hashStep, isApostrophe, isWordAt, stemLength, tokenize, wordClass,
} from './chars';

/** Separators that may sit between the words of a phrase: spaces, one line break, commas, dashes, Markdown emphasis. */
const SOFT = new Uint8Array(65536);
for (const c of ' \t\r\n\u00a0\u2009\u202f-\u2010\u2011\u2013\u2014*_~%/&+#,') SOFT[c.charCodeAt(0)] = 1;

const MAX_EXPANSIONS = 4096;
/** Words a `*` in a phrase may stand for. */
export const MAX_SKIP = 6;
/** Partial matches followed at once; more are dropped (only ever reached by pathological packs). */
const MAX_ACTIVE = 256;

/**
 * Expands the phrase shorthand `{a|b|}` (alternatives; an empty one makes the group optional):
 * "we {can't|cannot} help{ you|}" → 4 phrases. Braces do not nest. Throws on unbalanced braces or a blow-up.
 */
export function expandPhrase(phrase: string): string[] {
  let out = [''];
  let i = 0;
  while (i < phrase.length) {
    const open = phrase.indexOf('{', i);
    const close = phrase.indexOf('}', i);
    if (open === -1) {
      if (close !== -1) throw new Error(`unbalanced "}" in phrase "${phrase}"`);
      out = out.map((p) => p + phrase.slice(i));
      break;
    }
    if (close !== -1 && close < open) throw new Error(`unbalanced "}" in phrase "${phrase}"`);
    const end = phrase.indexOf('}', open);
    if (end === -1) throw new Error(`unbalanced "{" in phrase "${phrase}"`);
    const inner = phrase.slice(open + 1, end);
    if (inner.includes('{')) throw new Error(`nested "{" in phrase "${phrase}"`);
    const head = phrase.slice(i, open);
    const alts = inner.split('|');
    const next: string[] = [];
    for (const p of out) for (const a of alts) next.push(p + head + a);
    if (next.length > MAX_EXPANSIONS) throw new Error(`phrase "${phrase}" expands to more than ${MAX_EXPANSIONS} variants`);
    out = next;
    i = end + 1;
  }
  // "{we|i} {will|'ll}" → "we'll": an alternative that starts with an apostrophe joins the word before it.
  return out.map((p) => p.replace(/\s+/g, ' ').replace(/ (['’])/g, '$1').trim()).filter((p) => p !== '');
}

export interface TrieEntry {
  /** Caller's payload (rule index, vocabulary kind …). */
  payload: number;
  /** Folded words joined by one space; a hit must fold to exactly this. */
  norm: string;
}

export class PhraseTrie {
  private readonly children: Array<Map<number, number> | undefined> = [undefined];
  private readonly terminals: Array<number[] | undefined> = [undefined];
  private readonly rootFilter = new Uint8Array(65536);
  /** node → the node that waits inside a `*` gap after it. */
  private readonly wild: Array<number | undefined> = [];
  readonly entries: TrieEntry[] = [];
  private seen = new Set<string>();

  /**
   * Adds one phrase (already expanded). A word `*` stands for up to MAX_SKIP other words of the same clause
   * ("आपको * देखना चाहिए था"), which word order in Hindi and Bengali needs. Returns false when it has no words.
   */
  add(phrase: string, payload: number): boolean {
    const parts = phrase.split(/\s+/).reduce<string[][]>((acc, w) => {
      if (w === '*') acc.push([]); else acc[acc.length - 1].push(w);
      return acc;
    }, [[]]).map((ws) => tokenize(ws.join(' ')));
    while (parts.length > 1 && parts[parts.length - 1].length === 0) parts.pop();
    while (parts.length > 1 && parts[0].length === 0) parts.shift();
    if (parts.every((p) => p.length === 0)) return false;
    const norm = parts.map((p) => p.map((t) => t.norm).join(' ')).filter((x) => x !== '').join(' * ');
    const key = `${payload}\u0000${norm}`;
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    let node = 0;
    parts.forEach((tokens, k) => {
      if (k > 0) {
        let w = this.wild[node];
        if (w === undefined) { w = this.newNode(); this.wild[node] = w; }
        node = w;
      }
      for (const t of tokens) {
        let kids = this.children[node];
        if (!kids) { kids = new Map(); this.children[node] = kids; }
        let child = kids.get(t.hash);
        if (child === undefined) { child = this.newNode(); kids.set(t.hash, child); }
        if (node === 0) this.rootFilter[t.hash & 0xffff] = 1;
        node = child;
      }
    });
    const id = this.entries.length;
    this.entries.push({ payload, norm });
    (this.terminals[node] ??= []).push(id);
    return true;
  }

  private newNode(): number {
    this.children.push(undefined);
    this.terminals.push(undefined);
    return this.children.length - 1;
  }

  /**
   * Calls `emit(entryId, start, end)` for every phrase occurrence in `text[from, to)` (UTF-16 offsets of the
   * original text). Overlapping occurrences are all reported.
   */
  scan(text: string, from: number, to: number, emit: (entry: number, start: number, end: number) => void): void {
    const children = this.children;
    const terminals = this.terminals;
    const filter = this.rootFilter;
    const root = children[0];
    if (!root) return;
    const wild = this.wild;
    const units = new Uint16Array(64);
    const hashes = new Int32Array(65);
    const cap = MAX_ACTIVE;
    let actNode = new Int32Array(cap);
    let actStart = new Int32Array(cap);
    let actBudget = new Int32Array(cap); // -1: at a node; ≥ 0: inside a * gap with this many skips left
    let nxtNode = new Int32Array(cap);
    let nxtStart = new Int32Array(cap);
    let nxtBudget = new Int32Array(cap);
    let nAct = 0;
    let gapHard = true;
    let newlines = 0;
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      let k = wordClass(c);
      if (k === 3) k = isWordAt(text, i) ? 1 : 2;
      if (k !== 1) {
        if (!gapHard) {
          if (c === 10) { if (++newlines > 1) gapHard = true; }
          else if (SOFT[c] === 0 && !(c === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) gapHard = true;
        }
        i++;
        continue;
      }
      const start = i;
      let h = HASH_SEED;
      let len = 0;
      // Hash after each folded unit (and the units), so a Bengali classifier can be cut off at the end.
      hashes[0] = h;
      while (i < to) {
        c = text.charCodeAt(i);
        k = wordClass(c);
        if (k === 3) k = isWordAt(text, i) ? 1 : 2;
        if (k === 1) {
          const f = foldUnit(c);
          if (f === FOLD_EXPANDS) {
            const [a, b] = expansion(c);
            h = hashStep(h, a);
            if (len < 63) { units[len] = a; hashes[len + 1] = h; }
            len++;
            h = hashStep(h, b);
            if (len < 63) { units[len] = b; hashes[len + 1] = h; }
            len++;
          } else if (f !== 0) {
            h = hashStep(h, f);
            if (len < 63) { units[len] = f; hashes[len + 1] = h; }
            len++;
          }
          i++;
        } else if (isApostrophe(c) && i + 1 < to && isWordAt(text, i + 1)) {
          h = hashStep(h, 0x27);
          if (len < 63) { units[len] = 0x27; hashes[len + 1] = h; }
          len++;
          i++;
        } else break;
      }
      if (len > 3 && len < 63 && units[len - 1] >= 0x0980) {
        const stem = stemLength(units, len);
        if (stem !== len) h = hashes[stem];
      }
      if (len === 0) continue; // a lone joiner (emoji ZWJ sequence) is no word
      let n = 0;
      if (!gapHard) {
        for (let j = 0; j < nAct; j++) {
          const child = children[actNode[j]]?.get(h);
          if (child !== undefined && n < cap) { nxtNode[n] = child; nxtStart[n] = actStart[j]; nxtBudget[n] = -1; n++; }
          if (actBudget[j] > 0 && n < cap) { nxtNode[n] = actNode[j]; nxtStart[n] = actStart[j]; nxtBudget[n] = actBudget[j] - 1; n++; }
        }
      }
      if (filter[h & 0xffff] === 1) {
        const child = root.get(h);
        if (child !== undefined && n < cap) { nxtNode[n] = child; nxtStart[n] = start; nxtBudget[n] = -1; n++; }
      }
      const reached = n;
      for (let j = 0; j < reached; j++) {
        if (nxtBudget[j] !== -1) continue;
        const w = wild[nxtNode[j]];
        if (w !== undefined && n < cap) { nxtNode[n] = w; nxtStart[n] = nxtStart[j]; nxtBudget[n] = MAX_SKIP; n++; }
        const ids = terminals[nxtNode[j]];
        if (ids) for (const id of ids) if (this.verify(text, nxtStart[j], i, id)) emit(id, nxtStart[j], i);
      }
      const tn = actNode; actNode = nxtNode; nxtNode = tn;
      const ts = actStart; actStart = nxtStart; nxtStart = ts;
      const tb = actBudget; actBudget = nxtBudget; nxtBudget = tb;
      nAct = n;
      gapHard = false;
      newlines = 0;
    }
  }

  private verify(text: string, start: number, end: number, id: number): boolean {
    const norm = this.entries[id].norm;
    if (!norm.includes('*')) return foldedEquals(text, start, end, norm);
    return matchWithGaps(norm.split(' '), 0, tokenize(text, start, end).map((t) => t.norm), 0);
  }
}

/**
 * Does text[start, end) fold to `norm` (words joined by single spaces)? Allocation-free in the common case;
 * words that end in a Bengali classifier take the exact path through `tokenize`.
 */
function foldedEquals(text: string, start: number, end: number, norm: string): boolean {
  let j = 0;
  let i = start;
  let inWord = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    const word = isWordAt(text, i) || (inWord && isApostrophe(c) && i + 1 < end && isWordAt(text, i + 1));
    if (!word) {
      if (inWord) { if (norm.charCodeAt(j) !== 32 && j < norm.length) return slowEquals(text, start, end, norm); inWord = false; }
      i++;
      continue;
    }
    if (!inWord && j > 0) { if (norm.charCodeAt(j) !== 32) return slowEquals(text, start, end, norm); j++; }
    inWord = true;
    const f = isApostrophe(c) ? 0x27 : foldUnit(c);
    if (f === FOLD_EXPANDS) {
      const [a, b] = expansion(c);
      if (norm.charCodeAt(j) !== a || norm.charCodeAt(j + 1) !== b) return slowEquals(text, start, end, norm);
      j += 2;
    } else if (f !== 0) {
      if (norm.charCodeAt(j) !== f) return slowEquals(text, start, end, norm);
      j++;
    }
    i++;
  }
  return j === norm.length || slowEquals(text, start, end, norm);
}

function slowEquals(text: string, start: number, end: number, norm: string): boolean {
  return tokenize(text, start, end).map((t) => t.norm).join(' ') === norm;
}

/** ASCII, Devanagari and Bengali digits: a "." between two of them ("4.2") does not end a clause. */
function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x0966 && c <= 0x096f) || (c >= 0x09e6 && c <= 0x09ef);
}

/** Does `words[w…]` match `pattern[p…]`, where "*" stands for 0…MAX_SKIP words? */
function matchWithGaps(pattern: string[], p: number, words: string[], w: number): boolean {
  if (p === pattern.length) return w === words.length;
  if (pattern[p] === '*') {
    for (let skip = 0; skip <= MAX_SKIP && w + skip <= words.length; skip++) {
      if (matchWithGaps(pattern, p + 1, words, w + skip)) return true;
    }
    return false;
  }
  return w < words.length && words[w] === pattern[p] && matchWithGaps(pattern, p + 1, words, w + 1);
}
