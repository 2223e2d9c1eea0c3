// The one safety check for rule patterns, used both when a pack loads (each reason becomes a pack problem)
// and when the linter compiles a rule (an unsafe rule is skipped with the same reason), so a pattern can
// never load cleanly and then be dropped by the linter, or the other way round.
//
// Pack rules carry regular expressions written by anyone, and V8's backtracking engine can take exponential
// time on patterns such as (a+)+ or (a|a)*; no linear-time engine is installed. After the engine has
// accepted the pattern (with the flags the linter runs it with), it is parsed and refused when it:
//   - is longer than MAX_PATTERN_LENGTH;
//   - uses backreferences or lookbehind (the pack format excludes them);
//   - can match empty text ("x*", "\b", "a|"): a rule must always match at least one character;
//   - repeats (unboundedly, or at least MANY times) a group containing a variable-length repetition, unless
//     either every iteration must consume a separator the inner repetition cannot ((\s*,\s*\w+)+ loads) or
//     no inner repetition can consume both a character an iteration starts with and one it ends with
//     ((a+b)+ and (?:\s+\w+)+ load, (a+)+ and (\w+\s?)+ do not);
//   - repeats a group containing an alternation whose branches can start with the same character ((a|ab)*,
//     (\w|_)+, and (A|a)+ since rules match case-insensitively);
//   - has two unbounded repetitions in a row that can split the same text many ways (\w*\w*, .*.*): cubic
//     or worse overall. (?:[a-z]+-)+[a-z]+ loads: the second cannot take the "-" every iteration ends with.
// A single repetition (.*x, quadratic at worst) is left to the per-rule time bound in lint/patterns.ts,
// which runs patterns line by line in bounded chunks.

/** Flags the linter runs rule patterns with (plus `g`); the check compiles and analyses with these. */
export const RULE_PATTERN_FLAGS = 'iu';
export const MAX_PATTERN_LENGTH = 2000;
/** A repetition whose maximum is at least this counts as "repeating many times" for the nesting checks. */
const MANY = 5;

/** A set of code points: a membership test plus a few members to probe overlaps with (all of them when `finite`). */
interface CharSet { test: (c: number) => boolean; samples: number[]; finite?: boolean }
type Node =
  | { t: 'char'; set: CharSet }
  | { t: 'seq'; items: Node[]; texts: string[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; body: Node; look: boolean }
  | { t: 'repeat'; body: Node; min: number; max: number; text: string }
  | { t: 'assert' };

class PatternError extends Error {}

/** How many probe tests one check may spend (a few hundred milliseconds at worst); more is refused as too complex. */
const PROBE_BUDGET = 1_500_000;
let probesLeft = PROBE_BUDGET;
const TOO_COMPLEX = 'pattern is too complex to check for safety; split it into simpler rules';

const re = (r: RegExp) => (c: number) => r.test(String.fromCodePoint(c));
const DIGIT: CharSet = { test: (c) => c >= 48 && c <= 57, samples: [48] };
const WORD: CharSet = { test: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95, samples: [97, 95] };
const SPACE: CharSet = { test: re(/\s/u), samples: [32, 10] };
const ANY: CharSet = { test: (c) => c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029, samples: [97] };
const ALL: CharSet = { test: () => true, samples: [97] };
const NONE: CharSet = { test: () => false, samples: [], finite: true };
const negate = (s: CharSet): CharSet => ({ test: (c) => !s.test(c), samples: [] });
const union = (sets: CharSet[]): CharSet =>
  sets.length === 1 ? sets[0] : { test: (c) => sets.some((s) => s.test(c)), samples: sets.flatMap((s) => s.samples), finite: sets.every((s) => s.finite) };
const single = (c: number): CharSet => ({ test: (x) => x === c, samples: [c], finite: true });

/** Code points every overlap test tries, besides the sets' own samples: ASCII, Latin, Devanagari, Bengali, a few more. */
const PROBES: number[] = [];
for (let c = 0; c < 0x250; c++) PROBES.push(c);
for (let c = 0x900; c < 0xa00; c++) PROBES.push(c);
PROBES.push(0x200d, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2028, 0x3000, 0x4e00, 0x1f600, 0x1f612, 0x1f644, 0x1f926);

class Parser {
  private i = 0;
  backref = false;
  lookbehind = false;
  constructor(private readonly src: string, private readonly ignoreCase: boolean) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new PatternError(`unexpected ")" at ${this.i + 1}`);
    return node;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') { this.i++; alts.push(this.sequence()); }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    const texts: string[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const start = this.i;
      let atom = this.atom();
      for (;;) {
        const q = this.quantifier();
        if (!q) break;
        if (atom.t === 'assert') throw new PatternError('nothing to repeat');
        atom = { t: 'repeat', body: atom, min: q[0], max: q[1], text: this.src.slice(start, this.i) };
      }
      items.push(atom);
      texts.push(this.src.slice(start, this.i));
    }
    return { t: 'seq', items, texts };
  }

  private quantifier(): [number, number] | undefined {
    const ch = this.src[this.i];
    let q: [number, number] | undefined;
    if (ch === '*') q = [0, Infinity];
    else if (ch === '+') q = [1, Infinity];
    else if (ch === '?') q = [0, 1];
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (max < min) throw new PatternError('numbers out of order in {} quantifier');
      this.i += m[0].length;
      if (this.src[this.i] === '?') this.i++;
      return [min, max];
    }
    if (!q) return undefined;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same backtracking behaviour on failure
    return q;
  }

  private atom(): Node {
    const ch = this.src[this.i];
    if (ch === '(') return this.group();
    if (ch === '[') return { t: 'char', set: this.charClass() };
    if (ch === '^' || ch === '$') { this.i++; return { t: 'assert' }; }
    if (ch === '.') { this.i++; return { t: 'char', set: ANY }; }
    if (ch === '\\') return this.escape(false) as Node;
    if (ch === '*' || ch === '+' || ch === '?') throw new PatternError('nothing to repeat');
    return { t: 'char', set: this.literal(this.codePoint()) };
  }

  private codePoint(): number {
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private literal(c: number): CharSet {
    if (!this.ignoreCase) return single(c);
    const s = String.fromCodePoint(c);
    const lo = s.toLowerCase().codePointAt(0)!;
    const up = s.toUpperCase().codePointAt(0)!;
    return { test: (x) => x === c || x === lo || x === up, samples: [c, lo, up], finite: true };
  }

  private group(): Node {
    this.i++; // (
    let look = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) { this.i += 2; look = true; }
    else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) { this.i += 3; look = true; this.lookbehind = true; }
    else if (this.src.startsWith('?<', this.i)) {
      const end = this.src.indexOf('>', this.i);
      if (end === -1) throw new PatternError('unterminated group name');
      this.i = end + 1;
    } else if (this.src[this.i] === '?') throw new PatternError('unsupported group syntax "(?"');
    const body = this.alternation();
    if (this.src[this.i] !== ')') throw new PatternError('missing ")"');
    this.i++;
    return { t: 'group', body, look };
  }

  /** A backreference is refused anyway; it stands in as one character of any kind so the rest is still analysed. */
  private backreference(): Node {
    this.backref = true;
    return { t: 'char', set: ALL };
  }

  /** Parses an escape at `\`; inside a class returns the CharSet (or a code point for ranges). */
  private escape(inClass: boolean): Node | CharSet | number {
    this.i++; // backslash
    const ch = this.src[this.i];
    if (ch === undefined) throw new PatternError('pattern ends with "\\"');
    this.i++;
    const asNode = (set: CharSet): Node | CharSet => (inClass ? set : { t: 'char', set });
    switch (ch) {
      case 'd': return asNode(DIGIT);
      case 'D': return asNode(negate(DIGIT));
      case 'w': return asNode(WORD);
      case 'W': return asNode(negate(WORD));
      case 's': return asNode(SPACE);
      case 'S': return asNode(negate(SPACE));
      case 'b': case 'B':
        if (inClass) return 8;
        return { t: 'assert' };
      case 'p': case 'P': {
        const m = /^\{([A-Za-z_=]+)\}/.exec(this.src.slice(this.i));
        if (!m) throw new PatternError(`invalid \\${ch} escape`);
        this.i += m[0].length;
        let r: RegExp;
        try { r = new RegExp(`\\${ch}{${m[1]}}`, 'u'); } catch { throw new PatternError(`unknown Unicode property "${m[1]}"`); }
        return asNode({ test: re(r), samples: [] });
      }
      case 'k': {
        const end = this.src.indexOf('>', this.i);
        if (end === -1) throw new PatternError('invalid named reference');
        this.i = end + 1;
        if (inClass) throw new PatternError('invalid escape in character class');
        return this.backreference();
      }
      case 'n': return inClass ? 10 : asNode(single(10));
      case 'r': return inClass ? 13 : asNode(single(13));
      case 't': return inClass ? 9 : asNode(single(9));
      case 'f': return inClass ? 12 : asNode(single(12));
      case 'v': return inClass ? 11 : asNode(single(11));
      case 'u': case 'x': {
        const m = ch === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i))
          : /^(?:\{[0-9a-fA-F]{1,6}\}|[0-9a-fA-F]{4})/.exec(this.src.slice(this.i));
        if (!m) throw new PatternError(`invalid \\${ch} escape`);
        this.i += m[0].length;
        const cp = parseInt(m[0].replace(/[{}]/g, ''), 16);
        return inClass ? cp : asNode(this.literal(cp));
      }
      case 'c': {
        const c = this.src.charCodeAt(this.i++) % 32;
        return inClass ? c : asNode(single(c));
      }
      default:
        if (/[1-9]/.test(ch)) {
          while (/\d/.test(this.src[this.i] ?? '')) this.i++;
          if (inClass) throw new PatternError('invalid escape in character class');
          return this.backreference();
        }
        if (ch === '0') return inClass ? 0 : asNode(single(0));
        return inClass ? ch.charCodeAt(0) : asNode(this.literal(ch.charCodeAt(0)));
    }
  }

  private charClass(): CharSet {
    this.i++; // [
    let negated = false;
    if (this.src[this.i] === '^') { negated = true; this.i++; }
    const parts: CharSet[] = [];
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const lo = this.classAtom();
      if (typeof lo === 'number' && this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.classAtom();
        if (typeof hi !== 'number') throw new PatternError('invalid character class range');
        if (hi < lo) throw new PatternError('range out of order in character class');
        const a = lo, b = hi;
        const folded = this.ignoreCase;
        parts.push({
          test: (c) => (c >= a && c <= b) || (folded && [String.fromCodePoint(c).toLowerCase(), String.fromCodePoint(c).toUpperCase()]
            .some((s) => { const x = s.codePointAt(0)!; return x >= a && x <= b; })),
          samples: [a, b, (a + b) >> 1],
        });
      } else parts.push(typeof lo === 'number' ? this.literal(lo) : lo);
    }
    if (this.src[this.i] !== ']') throw new PatternError('missing "]"');
    this.i++;
    const set = parts.length === 0 ? NONE : union(parts);
    return negated ? negate(set) : set;
  }

  private classAtom(): CharSet | number {
    if (this.src[this.i] === '\\') return this.escape(true) as CharSet | number;
    return this.codePoint();
  }
}

/** Per-node facts, computed once each. */
const memo = <T>(fn: (n: Node) => T): ((n: Node) => T) => {
  const cache = new WeakMap<Node, T>();
  return (n) => {
    let v = cache.get(n);
    if (v === undefined) { v = fn(n); cache.set(n, v); }
    return v;
  };
};

/** Shortest text `n` matches. */
const minLen: (n: Node) => number = memo((n) => {
  switch (n.t) {
    case 'char': return 1;
    case 'assert': return 0;
    case 'seq': return n.items.reduce((s, x) => s + minLen(x), 0);
    case 'alt': return Math.min(...n.alts.map(minLen));
    case 'group': return n.look ? 0 : minLen(n.body);
    case 'repeat': return n.min * minLen(n.body);
  }
});

/** Longest text `n` matches (Infinity when unbounded). */
const maxLen: (n: Node) => number = memo((n) => {
  switch (n.t) {
    case 'char': return 1;
    case 'assert': return 0;
    case 'seq': return n.items.reduce((s, x) => s + maxLen(x), 0);
    case 'alt': return Math.max(...n.alts.map(maxLen));
    case 'group': return n.look ? 0 : maxLen(n.body);
    case 'repeat': { const body = maxLen(n.body); return n.max === 0 || body === 0 ? 0 : n.max * body; }
  }
});

/** Every character `n` can consume anywhere. */
const alphabet: (n: Node) => CharSet = memo((n) => {
  switch (n.t) {
    case 'char': return n.set;
    case 'assert': return NONE;
    case 'seq': return union(n.items.map(alphabet));
    case 'alt': return union(n.alts.map(alphabet));
    case 'group': return n.look ? NONE : alphabet(n.body);
    case 'repeat': return alphabet(n.body);
  }
});

/** Characters `n` can start (`fromEnd`: end) with; optional parts are looked through. */
function edgeChars(n: Node, fromEnd: boolean): CharSet {
  switch (n.t) {
    case 'char': return n.set;
    case 'assert': return NONE;
    case 'alt': return union(n.alts.map((a) => edgeChars(a, fromEnd)));
    case 'group': return n.look ? NONE : edgeChars(n.body, fromEnd);
    case 'repeat': return edgeChars(n.body, fromEnd);
    case 'seq': {
      const sets: CharSet[] = [];
      const items = fromEnd ? [...n.items].reverse() : n.items;
      for (const item of items) {
        sets.push(edgeChars(item, fromEnd));
        if (minLen(item) > 0) break;
      }
      return sets.length === 0 ? NONE : union(sets);
    }
  }
}
const firstChars = memo((n) => edgeChars(n, false));
const lastChars = memo((n) => edgeChars(n, true));

/** Characters every match of `n` must consume, found outside repetitions that may run a variable number of times. */
function mandatorySeparators(n: Node): CharSet[] {
  switch (n.t) {
    case 'char': return [n.set];
    case 'seq': return n.items.flatMap(mandatorySeparators);
    case 'group': return n.look ? [] : mandatorySeparators(n.body);
    case 'repeat': return n.min >= 1 && n.max === n.min ? mandatorySeparators(n.body) : [];
    default: return [];
  }
}

function overlaps(a: CharSet, b: CharSet): boolean {
  if (a === NONE || b === NONE) return false;
  for (const c of a.samples) if (b.test(c)) return true;
  for (const c of b.samples) if (a.test(c)) return true;
  if (a.finite || b.finite) return false; // every member of one was just tried against the other
  probesLeft -= PROBES.length;
  if (probesLeft < 0) throw new PatternError(TOO_COMPLEX);
  for (const c of PROBES) if (a.test(c) && b.test(c)) return true;
  return false;
}

/** Variable-length repetitions inside `n` (the ones that let an outer loop split input many ways). */
function innerRepeats(n: Node, out: Node[] = []): Node[] {
  switch (n.t) {
    case 'seq': n.items.forEach((x) => innerRepeats(x, out)); break;
    case 'alt': n.alts.forEach((x) => innerRepeats(x, out)); break;
    case 'group': if (!n.look) innerRepeats(n.body, out); break;
    case 'repeat':
      if (maxLen(n) > minLen(n)) out.push(n);
      innerRepeats(n.body, out);
      break;
    default: break;
  }
  return out;
}

function alternations(n: Node, out: Array<Extract<Node, { t: 'alt' }>> = []): Array<Extract<Node, { t: 'alt' }>> {
  switch (n.t) {
    case 'seq': n.items.forEach((x) => alternations(x, out)); break;
    case 'alt': out.push(n); n.alts.forEach((x) => alternations(x, out)); break;
    case 'group': if (!n.look) alternations(n.body, out); break;
    case 'repeat': alternations(n.body, out); break;
    default: break;
  }
  return out;
}

/** Unbounded repetitions that can consume the first (`fromEnd`: last) characters of a match of `n`. */
function edgeLoops(n: Node, fromEnd: boolean, out: Node[] = []): Node[] {
  switch (n.t) {
    case 'repeat':
      if (n.max === Infinity) out.push(n);
      edgeLoops(n.body, fromEnd, out);
      break;
    case 'group': if (!n.look) edgeLoops(n.body, fromEnd, out); break;
    case 'alt': n.alts.forEach((a) => edgeLoops(a, fromEnd, out)); break;
    case 'seq':
      for (const item of fromEnd ? [...n.items].reverse() : n.items) {
        edgeLoops(item, fromEnd, out);
        if (minLen(item) > 0) break;
      }
      break;
    default: break;
  }
  return out;
}

/**
 * Two unbounded repetitions in a row (optional parts between them looked through) split a failing input
 * in O(n²) ways per start position — cubic or worse in all, too slow even in small chunks. That needs a
 * repetition that can end the first part to give back characters a repetition starting the second can take,
 * and the reverse: \w*\w* and .*.* do, (?:[a-z]+-)+[a-z]+ and (?:a*b)(?:a*b) do not.
 */
function adjacentOverlap(n: Node): string | undefined {
  if (n.t !== 'seq') return undefined;
  for (let i = 0; i < n.items.length; i++) {
    const ends = edgeLoops(n.items[i], true);
    if (ends.length === 0) continue;
    for (let j = i + 1; j < n.items.length; j++) {
      const starts = edgeLoops(n.items[j], false);
      const clash = ends.some((l) => starts.some((m) => overlaps(lastChars(l), alphabet(m)) && overlaps(alphabet(l), firstChars(m))));
      if (clash) {
        return `"${n.texts[i]}" and "${n.texts[j]}" are repetitions in a row that can match the same text (as in \\w*\\w*), which can take polynomial time on long lines; merge them into one`;
      }
      if (minLen(n.items[j]) > 0) break;
    }
  }
  return undefined;
}

/** Whether the iterations of repetition `n` can split the same text in many ways through a repetition inside it. */
function nestedAmbiguity(n: Extract<Node, { t: 'repeat' }>): boolean {
  const inner = innerRepeats(n.body);
  if (inner.length === 0) return false;
  const separated = mandatorySeparators(n.body).some((sep) => inner.every((r) => !overlaps(alphabet(r), sep)));
  if (separated) return false;
  const first = firstChars(n.body);
  const last = lastChars(n.body);
  const anchored = inner.every((r) => !(overlaps(alphabet(r), first) && overlaps(alphabet(r), last)));
  return !anchored;
}

/** Every node of the tree, children before their parent. */
function nodes(n: Node, out: Node[] = []): Node[] {
  const kids: Node[] = n.t === 'seq' ? n.items : n.t === 'alt' ? n.alts : n.t === 'group' || n.t === 'repeat' ? [n.body] : [];
  for (const k of kids) nodes(k, out);
  out.push(n);
  return out;
}

function exponential(n: Node): string | undefined {
  if (n.t !== 'repeat' || n.max < MANY) return undefined;
  if (nestedAmbiguity(n)) {
    return `"${n.text}" repeats a part that is itself repeated and can overlap (nested quantifiers, as in (a+)+), which can take exponential time on some text; rewrite it so each repetition is unambiguous`;
  }
  for (const alt of alternations(n.body)) {
    const firsts = alt.alts.map(firstChars);
    for (let x = 0; x < firsts.length; x++) {
      for (let y = x + 1; y < firsts.length; y++) {
        if (overlaps(firsts[x], firsts[y])) {
          return `"${n.text}" repeats alternatives that can start with the same character (as in (a|ab)*), which can take exponential time on some text; make the alternatives start differently`;
        }
      }
    }
  }
  return undefined;
}

/** The worst way `tree` can backtrack: an exponential shape first, else a polynomial one. */
function audit(tree: Node): string | undefined {
  const all = nodes(tree);
  for (const n of all) {
    const problem = exponential(n);
    if (problem) return problem;
  }
  for (const n of all) {
    const problem = adjacentOverlap(n);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Why `pattern` is not acceptable as a rule pattern, one reason per entry; empty when it is safe to load
 * and run. The pack loader reports every reason as a problem; the linter skips the rule with the first.
 */
export function checkRulePattern(pattern: string): string[] {
  if (pattern.length > MAX_PATTERN_LENGTH) return [`pattern is longer than ${MAX_PATTERN_LENGTH} characters`];
  try {
    new RegExp(pattern, RULE_PATTERN_FLAGS);
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return [`invalid regular expression: ${reason}`];
  }
  const parser = new Parser(pattern, RULE_PATTERN_FLAGS.includes('i'));
  let tree: Node;
  try {
    tree = parser.parse();
  } catch (err) {
    // The engine accepted syntax this analysis does not follow: refuse rather than run it unchecked.
    if (err instanceof PatternError) return [`pattern uses syntax Kindly cannot check for safety (${err.message}); simplify it`];
    throw err;
  }
  probesLeft = PROBE_BUDGET;
  let slow: string | undefined;
  try {
    slow = audit(tree);
  } catch (err) {
    if (err instanceof PatternError) return [err.message];
    throw err;
  }
  const problems: string[] = [];
  if (parser.backref) problems.push('backreferences (\\1, \\k<name>) are not allowed in rule patterns');
  if (parser.lookbehind) problems.push('lookbehind ((?<=…) or (?<!…)) is not allowed in rule patterns');
  if (minLen(tree) === 0) problems.push('pattern can match empty text (e.g. "x*", "\\b" or "a|"): it must always match at least one character');
  if (slow) problems.push(slow);
  return problems;
}

/**
 * UTF-16 code units one of which every match of `pattern` (with RULE_PATTERN_FLAGS) contains, or undefined
 * when the pattern does not show such a set. Only caseless characters count — ASCII other than letters, and
 * code points from U+1F000 (given by their high surrogate) — so case-insensitive matching cannot reach a
 * unit outside the set. `usable`: units the caller can look for (others are not chosen). The linter skips a
 * pattern for a paragraph that contains none of them.
 */
export function requiredUnits(pattern: string, usable: (unit: number) => boolean = () => true): number[] | undefined {
  try {
    return requiredIn(new Parser(pattern, RULE_PATTERN_FLAGS.includes('i')).parse(), usable);
  } catch (err) {
    if (err instanceof PatternError) return undefined;
    throw err;
  }
}

function requiredIn(n: Node, usable: (unit: number) => boolean): number[] | undefined {
  switch (n.t) {
    case 'char': return caselessUnits(n.set, usable);
    case 'seq':
      for (const item of n.items) { const units = requiredIn(item, usable); if (units) return units; }
      return undefined;
    case 'alt': {
      const each = n.alts.map((a) => requiredIn(a, usable));
      return each.every((u) => u !== undefined) ? [...new Set(each.flat() as number[])] : undefined;
    }
    case 'group': return n.look ? undefined : requiredIn(n.body, usable);
    case 'repeat': return n.min >= 1 ? requiredIn(n.body, usable) : undefined;
    case 'assert': return undefined;
  }
}

/** The code units of a finite set of usable caseless characters (see `requiredUnits`), else undefined. */
function caselessUnits(set: CharSet, usable: (unit: number) => boolean): number[] | undefined {
  if (!set.finite) return undefined;
  const units: number[] = [];
  for (const c of set.samples) {
    const caseless = c < 0x80 ? !/[A-Za-z]/.test(String.fromCharCode(c)) : c >= 0x1f000;
    const unit = c > 0xffff ? String.fromCodePoint(c).charCodeAt(0) : c;
    if (!caseless || !usable(unit)) return undefined;
    units.push(unit);
  }
  return [...new Set(units)];
}

/** The first reason `pattern` cannot be used as a rule pattern, or undefined when it is safe. */
export function checkPatternSafety(pattern: string): string | undefined {
  return checkRulePattern(pattern)[0];
}
