// All phrase rules (and the structure checks' vocabulary) in one token trie, matched in a single pass:
// the scanner walks the text with charCodeAt, hashes each folded word without allocating, and follows the
// trie on word hashes. Most words miss the root at once (a 64k-entry bit filter answers that), so the cost
// is close to a bare scan. Hits are verified against the real folded words, so a hash collision can never
// produce a finding.
import {
  ALL_MARKS, EXPANDING_UNITS, FOLD_EXPANDS, HASH_SEED, NONWORD_MARKS, WORD_FOLD, expansion, foldUnit, hashStep, isApostrophe, isDigitUnit, isWordAt, learnUnit, stemLength, tokenize, wordClass,
} from './chars';

// Module-level copies: under a CommonJS transform (tsx, ts-node) every `import` read is a getter call, which
// the per-word hot path should not pay.
const SEED = HASH_SEED;
const WF_TABLE = WORD_FOLD;
const MARKS = NONWORD_MARKS;
const EXPANDS = FOLD_EXPANDS;
const stem = stemLength;
/** A "." between two digits ("4.2") does not end a clause. */
const isDigit = isDigitUnit;

/**
 * The two folded units of a code unit that expands (Bengali ো = ে + া, which Bengali text is full of), so the
 * scanner folds it inline instead of taking the slow path; 0 for every other unit.
 */
const PAIR_FIRST = new Uint16Array(65536);
const PAIR_SECOND = new Uint16Array(65536);
for (const c of EXPANDING_UNITS) [PAIR_FIRST[c], PAIR_SECOND[c]] = expansion(c);

/** Separators that may sit between the words of a phrase: spaces, one line break, commas, dashes, Markdown emphasis. */
const SOFT = new Uint8Array(65536);
// Currency signs too: "it's just a ₹40 fee" matches the phrase "it's just a * fee".
for (const c of ' \t\r\n\u00a0\u2009\u202f-\u2010\u2011\u2013\u2014*_~%/&+#,$₹€£৳') SOFT[c.charCodeAt(0)] = 1;

const MAX_EXPANSIONS = 4096;

/**
 * Table slot of the edge (node, word hash). The high half of the product is folded into the low half, so
 * every bit reaches the mask: taking only the top 17 bits (as before) left tables over 2^17 slots using
 * their first 2^17 as start points, and a large rule set then spent seconds in linear probing.
 */
function slotOf(node: number, h: number, mask: number): number {
  const x = Math.imul(h ^ Math.imul(node, 0x27d4eb2d), 0x9e3779b1);
  return (x ^ (x >>> 16)) & mask;
}
/** Words a `*` in a phrase may stand for. */
export const MAX_SKIP = 6;
/** Partial matches followed at once; more are dropped (only ever reached by pathological packs). */
const MAX_ACTIVE = 256;
/** Child flags kept in the transition table's fourth int. */
const HAS_WILD = 1;
const HAS_TERMINAL = 2;
/** Edge filter size: 2^20 bits (128 KB), a few percent false positives for ~60k transitions. */
const EDGE_FILTER_WORDS = 1 << 15;

/** Bit of (node, word hash) in the edge filter: a hash independent of the table slot's. */
function edgeBit(node: number, h: number): number {
  return Math.imul(h ^ Math.imul(node, 0x85ebca77), 0xcc9e2d51) >>> 12;
}

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
  return out.map((p) => p.replace(/\s+/g, ' ').replace(/ (['’])/g, '$1').trim()).filter((p) => p !== '').flatMap(withCliticHost);
}

/** Words an English clitic is written onto, for a phrase that starts with the clitic. */
const CLITIC_HOSTS: Readonly<Record<string, readonly string[]>> = {
  s: ['it', 'that', 'this', 'there', 'here', 'what', 'he', 'she', 'who'],
  re: ['we', 'you', 'they'],
  ll: ['i', 'we', 'you', 'they', 'it', 'that', 'this', 'he', 'she', 'there'],
  ve: ['i', 'we', 'you', 'they'],
  d: ['i', 'we', 'you', 'they', 'it', 'that', 'he', 'she'],
  m: ['i'],
};

/**
 * "{is|'s} off the table" → "'s off the table" has nothing to join: the clitic is written onto the word
 * before ("That's off the table"), which is one word to the scanner. Such a phrase stands for the clitic on
 * each of its usual hosts ("it's off the table", "that's off the table", …).
 */
function withCliticHost(phrase: string): string[] {
  const m = /^['’](s|re|ll|ve|d|m)\b/i.exec(phrase);
  if (!m) return [phrase];
  return (CLITIC_HOSTS[m[1].toLowerCase()] ?? []).map((host) => host + phrase);
}

export interface TrieEntry {
  /** Caller's payload (rule index, vocabulary kind …). */
  payload: number;
  /** Folded words joined by one space; a hit must fold to exactly this. */
  norm: string;
}

export class PhraseTrie {
  // Transitions (node, word hash) → child in one open-addressing table of int32s: no Map, no boxed keys.
  // Slot k holds [node, hash, child, child flags] at 4k… (one cache line per probe); node -1 = empty. The
  // flags (HAS_WILD | HAS_TERMINAL) come with the probe, so reaching a node reads no other per-node array.
  private table = new Int32Array(4 * 256).fill(-1);
  /** Flags in the table are stale (set after `add`, refreshed before a scan). */
  private flagsStale = false;
  /**
   * One bit per (node, word hash), under a second hash: a partial match that cannot go on (most of them)
   * is answered from this 128 KB filter instead of a probe into the (MBs large) table.
   */
  private readonly edgeFilter = new Int32Array(EDGE_FILTER_WORDS);
  private tCount = 0;
  private nodes = 1;
  /** node → ids of the entries that end there (dense: one slot per node). */
  private readonly terminals: Array<number[] | undefined> = [undefined];
  /** One bit per (first-word hash & 0xffff): most words are no phrase's first word, and 8 KB stays in L1. */
  private readonly rootFilter = new Int32Array(2048);
  /** node → the node that waits inside a `*` gap after it, or -1. Typed, so lookups stay cheap. */
  private wild = new Int32Array(64).fill(-1);
  readonly entries: TrieEntry[] = [];
  /** Per entry: its `norm`, in a flat array for verification. */
  private readonly norms: string[] = [];
  /** Per entry: 1 when its phrase has a `*` gap (verified word by word). */
  private readonly gapped: number[] = [];
  /**
   * Per entry: 1 when text spelled exactly like its `norm` folds to `norm` (no gap, no surrogate, every unit
   * folds to itself), so a hit whose text is the norm itself is verified by one native comparison.
   */
  private readonly literal: number[] = [];
  private seen = new Set<string>();

  /**
   * Adds one phrase (already expanded). A word `*` stands for up to MAX_SKIP other words of the same clause
   * ("आपको * देखना चाहिए था"), which word order in Hindi and Bengali needs. Returns false when it has no words.
   */
  add(phrase: string, payload: number): boolean {
    const parts = !phrase.includes('*') ? [tokenize(phrase)] : phrase.split(/\s+/).reduce<string[][]>((acc, w) => {
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
        if (w === -1) { w = this.newNode(); this.wild[node] = w; }
        node = w;
      }
      for (const t of tokens) {
        let child = this.next(node, t.hash);
        if (child === -1) { child = this.newNode(); this.link(node, t.hash, child); }
        if (node === 0) this.rootFilter[(t.hash >>> 5) & 2047] |= 1 << (t.hash & 31);
        node = child;
      }
    });
    const id = this.entries.length;
    this.entries.push({ payload, norm });
    this.norms.push(norm);
    this.flagsStale = true;
    this.gapped.push(norm.includes('*') ? 1 : 0);
    this.literal.push(!norm.includes('*') && !/[\ud800-\udfff]/.test(norm) && foldedEquals(norm, 0, norm.length, norm) ? 1 : 0);
    (this.terminals[node] ??= []).push(id);
    return true;
  }

  private newNode(): number {
    this.terminals.push(undefined);
    if (this.nodes === this.wild.length) {
      const grown = new Int32Array(this.wild.length * 2).fill(-1);
      grown.set(this.wild);
      this.wild = grown;
    }
    return this.nodes++;
  }

  private static slot(node: number, h: number, mask: number): number {
    return slotOf(node, h, mask);
  }

  /** The child of `node` on word hash `h`, or -1. */
  private next(node: number, h: number): number {
    const table = this.table;
    const mask = (table.length >> 2) - 1;
    for (let s = PhraseTrie.slot(node, h, mask); ; s = (s + 1) & mask) {
      const n = table[s << 2];
      if (n === -1) return -1;
      if (n === node && table[(s << 2) + 1] === h) return table[(s << 2) + 2];
    }
  }

  private link(node: number, h: number, child: number): void {
    if ((this.tCount + 1) * 2 > this.table.length >> 2) this.grow();
    this.put(node, h, child);
    this.tCount++;
  }

  private put(node: number, h: number, child: number): void {
    const e = edgeBit(node, h);
    this.edgeFilter[e >>> 5] |= 1 << (e & 31);
    const table = this.table;
    const mask = (table.length >> 2) - 1;
    let s = PhraseTrie.slot(node, h, mask);
    while (table[s << 2] !== -1) s = (s + 1) & mask;
    table[s << 2] = node;
    table[(s << 2) + 1] = h;
    table[(s << 2) + 2] = child;
    this.flagsStale = true;
  }

  /** Writes each slot's child flags (after phrases were added). */
  private refreshFlags(): void {
    const table = this.table;
    for (let s = 0; s < table.length; s += 4) {
      if (table[s] === -1) continue;
      const child = table[s + 2];
      table[s + 3] = (this.wild[child] !== -1 ? HAS_WILD : 0) | (this.terminals[child] ? HAS_TERMINAL : 0);
    }
    this.flagsStale = false;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    for (let s = 0; s < old.length; s += 4) if (old[s] !== -1) this.put(old[s], old[s + 1], old[s + 2]);
  }

  /**
   * Calls `emit(entryId, start, end)` for every phrase occurrence in `text[from, to)` (UTF-16 offsets of the
   * original text). Overlapping occurrences are all reported. Returns the OR of NONWORD_MARKS over the
   * range's non-word code units (ALL_MARKS when it did not read the text).
   */
  scan(text: string, from: number, to: number, emit: (entry: number, start: number, end: number) => void): number {
    if (this.tCount === 0) return ALL_MARKS;
    if (this.flagsStale) this.refreshFlags();
    if (this.scanning) return this.fresh().scan(text, from, to, emit);
    this.scanning = true;
    try { return this.scanWith(text, from, to, emit); } finally { this.scanning = false; }
  }

  /** A view of this trie with its own scratch buffers, for a scan started from inside another's `emit`. */
  private fresh(): PhraseTrie {
    const copy = Object.create(PhraseTrie.prototype) as PhraseTrie;
    Object.assign(copy, this, {
      scanning: false, units: new Uint16Array(64), hashes: new Int32Array(65),
      act: new Int32Array(8 * MAX_ACTIVE), state: new Int32Array(5),
    });
    return copy;
  }

  private scanWith(text: string, from: number, to: number, emit: (entry: number, start: number, end: number) => void): number {
    const terminals = this.terminals;
    const filter = this.rootFilter;
    const edges = this.edgeFilter;
    const table = this.table;
    const mask = (table.length >> 2) - 1;
    const WF = WF_TABLE;
    const wild = this.wild;
    const st = this.state;
    const cap = MAX_ACTIVE;
    // Partial matches, current and next generation side by side in one buffer: [node, start, budget, flags]
    // at 4k from `cur` (budget -1: at a node; ≥ 0: inside a * gap with this many skips left).
    const act = this.act;
    let cur = 0;
    let nxt = 4 * cap;
    let nAct = 0;
    let gapHard = true;
    let newlines = 0;
    let marks = 0;
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      let v = WF[c];
      if (v === 0 || (v === 1 && !wordStartsAt(text, i, c))) {
        marks |= MARKS[c];
        if (!gapHard) {
          if (c === 10) { if (++newlines > 1) gapHard = true; }
          else if (SOFT[c] === 0 && !(c === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) gapHard = true;
        }
        i++;
        continue;
      }
      const start = i;
      let h = SEED;
      let len = 0;
      // The last three folded units: a word ending like a Bengali classifier is re-read to cut it off.
      let u2 = 0;
      let u1 = 0;
      let u0 = 0;
      for (;;) {
        if (v > 2) {
          h = Math.imul(h ^ v, 16777619);
          len++;
          u2 = u1; u1 = u0; u0 = v;
        } else if (v === 1) {
          const a = PAIR_FIRST[c];
          if (a !== 0) {
            const b = PAIR_SECOND[c];
            h = Math.imul(Math.imul(h ^ a, 16777619) ^ b, 16777619);
            len += 2;
            u2 = u0; u1 = a; u0 = b;
          } else {
            marks |= MARKS[c]; // an apostrophe taken into a word may still open a quote for zones.ts
            st[0] = h; st[1] = len; st[2] = u1; st[3] = u0; st[4] = u2;
            if (!slowUnit(text, i, to, c, st)) break;
            h = st[0]; len = st[1]; u1 = st[2]; u0 = st[3]; u2 = st[4];
          }
        } else if (v === 0) break;
        if (++i >= to) break;
        c = text.charCodeAt(i);
        v = WF[c];
      }
      if (len > 3 && len < 63 && mayEndInClassifier(u2, u1, u0)) {
        foldWord(text, start, i, this.units, this.hashes);
        const cut = stem(this.units, len);
        if (cut !== len) h = this.hashes[cut];
      }
      if (len === 0) continue; // a lone joiner (emoji ZWJ sequence) is no word
      let n = 0;
      if (!gapHard) {
        for (let j = 0; j < nAct; j++) {
          const at = cur + 4 * j;
          const node = act[at];
          const e = edgeBit(node, h);
          if (((edges[e >>> 5] >>> (e & 31)) & 1) !== 0) {
            for (let s = slotOf(node, h, mask); ; s = (s + 1) & mask) {
              const tn = table[s << 2];
              if (tn === -1) break;
              if (tn === node && table[(s << 2) + 1] === h) {
                if (n < cap) {
                  const o = nxt + 4 * n;
                  act[o] = table[(s << 2) + 2]; act[o + 1] = act[at + 1]; act[o + 2] = -1; act[o + 3] = table[(s << 2) + 3];
                  n++;
                }
                break;
              }
            }
          }
          // Inside a gap: the word may be the next phrase word (above), or be skipped.
          if (act[at + 2] > 0 && n < cap) { const o = nxt + 4 * n; act[o] = node; act[o + 1] = act[at + 1]; act[o + 2] = act[at + 2] - 1; act[o + 3] = 0; n++; }
        }
      }
      if (((filter[(h >>> 5) & 2047] >>> (h & 31)) & 1) !== 0) {
        for (let s = slotOf(0, h, mask); ; s = (s + 1) & mask) {
          const tn = table[s << 2];
          if (tn === -1) break;
          if (tn === 0 && table[(s << 2) + 1] === h) {
            if (n < cap) {
              const o = nxt + 4 * n;
              act[o] = table[(s << 2) + 2]; act[o + 1] = start; act[o + 2] = -1; act[o + 3] = table[(s << 2) + 3];
              n++;
            }
            break;
          }
        }
      }
      const reached = n;
      for (let j = 0; j < reached; j++) {
        const o = nxt + 4 * j;
        const flags = act[o + 3];
        if (flags === 0 || act[o + 2] !== -1) continue;
        const node = act[o];
        if ((flags & HAS_WILD) !== 0 && n < cap) { const q = nxt + 4 * n; act[q] = wild[node]; act[q + 1] = act[o + 1]; act[q + 2] = MAX_SKIP; act[q + 3] = 0; n++; }
        if ((flags & HAS_TERMINAL) !== 0) {
          const ids = terminals[node]!;
          for (let k = 0; k < ids.length; k++) if (this.verify(text, act[o + 1], i, ids[k])) emit(ids[k], act[o + 1], i);
        }
      }
      const t = cur; cur = nxt; nxt = t;
      nAct = n;
      gapHard = false;
      newlines = 0;
    }
    return marks;
  }

  // Scratch buffers of `scan`, allocated once per trie (scan never re-enters itself: `emit` callers scan
  // other tries).
  private readonly units = new Uint16Array(64);
  private readonly hashes = new Int32Array(65);
  private readonly act = new Int32Array(8 * MAX_ACTIVE);
  private readonly state = new Int32Array(5);
  private scanning = false;

  private verify(text: string, start: number, end: number, id: number): boolean {
    const norm = this.norms[id];
    if (this.literal[id] === 1 && end - start === norm.length && text.startsWith(norm, start)) return true;
    if (this.gapped[id] === 0) return foldedEquals(text, start, end, norm);
    return matchWithGaps(norm.split(' '), 0, tokenize(text, start, end).map((t) => t.norm), 0);
  }
}

/** Slow path of "does a word start here" for a code unit WORD_FOLD has no answer for. */
function wordStartsAt(text: string, i: number, c: number): boolean {
  const k = wordClass(c);
  if (k === 3) return isWordAt(text, i);
  learnUnit(c);
  return k === 1;
}

/**
 * Could a word whose last folded units are u2 u1 u0 end in a Bengali classifier (টি, টা, গুলি, গুলো = …ল ে া;
 * see CLASSIFIERS in chars.ts)? Only such words are re-read for `stemLength`, which decides.
 */
function mayEndInClassifier(u2: number, u1: number, u0: number): boolean {
  if (u0 === 0x09bf) return u1 === 0x099f || u1 === 0x09b2; // টি, (গু)লি
  return u0 === 0x09be && (u1 === 0x099f || (u1 === 0x09c7 && u2 === 0x09b2)); // টা, (গু)লো
}

/**
 * A code unit WORD_FOLD has no answer for, inside a word: folds it into the word state `st` = [hash,
 * length, second-last unit, last unit, third-last unit] and returns true, or returns false when the word
 * ends before it.
 */
function slowUnit(text: string, i: number, to: number, c: number, st: Int32Array): boolean {
  let k = wordClass(c);
  if (k === 3) k = isWordAt(text, i) ? 1 : 2;
  else learnUnit(c);
  if (k === 1) {
    const f = foldUnit(c);
    if (f === EXPANDS) {
      const [a, b] = expansion(c);
      st[0] = hashStep(hashStep(st[0], a), b);
      st[1] += 2;
      st[4] = st[3]; st[2] = a; st[3] = b;
    } else if (f !== 0) {
      st[0] = hashStep(st[0], f);
      st[1]++;
      st[4] = st[2]; st[2] = st[3]; st[3] = f;
    }
    return true;
  }
  if (isApostrophe(c) && i + 1 < to && isWordAt(text, i + 1)) {
    st[0] = hashStep(st[0], 0x27);
    st[1]++;
    st[4] = st[2]; st[2] = st[3]; st[3] = 0x27;
    return true;
  }
  return false;
}

/**
 * Folds the word text[start, end) (as the scanner reads it) into `units`, with the hash after each unit in
 * `hashes` (hashes[0] is the seed). For the rare word that needs its prefixes: one ending like a classifier.
 */
function foldWord(text: string, start: number, end: number, units: Uint16Array, hashes: Int32Array): void {
  let h = SEED;
  let len = 0;
  hashes[0] = h;
  const put = (u: number) => {
    h = hashStep(h, u);
    if (len < units.length) { units[len] = u; hashes[len + 1] = h; }
    len++;
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isWordAt(text, i)) { if (isApostrophe(c)) put(0x27); continue; }
    const f = foldUnit(c);
    if (f === EXPANDS) { const [a, b] = expansion(c); put(a); put(b); } else if (f !== 0) put(f);
  }
}

/**
 * Does text[start, end) fold to `norm` (words joined by single spaces)? Allocation-free in the common case;
 * words that end in a Bengali classifier take the exact path through `tokenize`.
 */
function foldedEquals(text: string, start: number, end: number, norm: string): boolean {
  const WF = WF_TABLE;
  let j = 0;
  let i = start;
  let inWord = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    const v = WF[c];
    let word: boolean;
    let f: number;
    if (v >= 2) { word = true; f = v === 2 ? 0 : v; } // the common case: one lookup
    else if (v === 0) { word = false; f = 0; }
    else {
      word = isWordAt(text, i) || (inWord && isApostrophe(c) && i + 1 < end && isWordAt(text, i + 1));
      f = isApostrophe(c) ? 0x27 : foldUnit(c);
    }
    if (!word) {
      if (inWord) { if (norm.charCodeAt(j) !== 32 && j < norm.length) return slowEquals(text, start, end, norm); inWord = false; }
      i++;
      continue;
    }
    if (!inWord && j > 0) { if (norm.charCodeAt(j) !== 32) return slowEquals(text, start, end, norm); j++; }
    inWord = true;
    if (f === EXPANDS) {
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
