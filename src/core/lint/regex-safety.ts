// Pack rules may carry regular expressions written by anyone. V8's backtracking engine can take exponential
// time on patterns such as (a+)+ or (a|a)*; no linear-time engine is installed, so we parse the pattern and
// reject the two shapes that cause exponential backtracking:
//   1. a repeated group containing another variable-length repetition, unless every iteration must match a
//      separator character that the inner repetition cannot match — (a+)+ is rejected, (\s*,\s*\w+)+ loads;
//   2. a repeated group containing an alternation whose branches can start with the same character —
//      (a|ab)* and (\w|_)+ are rejected, (ab|cd)+x loads.
//   3. two unbounded repetitions in a row over overlapping characters (\w*\w*, .*.*), which are polynomial
//      but cubic or worse overall.
// A single repetition (.*x, quadratic at worst) is left to the per-rule time bound in `patterns.ts`, which
// runs patterns line by line in bounded chunks. Backreferences and lookbehind are refused because the pack format excludes them.

type CharTest = (c: number) => boolean;
interface CharSet { test: CharTest; samples: number[] }
type Node =
  | { t: 'char'; set: CharSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; body: Node; look: boolean }
  | { t: 'repeat'; body: Node; min: number; max: number }
  | { t: 'assert' };

class PatternError extends Error {}

const MAX_PATTERN_LENGTH = 2000;
/** A repetition whose maximum is at least this counts as "repeating many times" for rule 1 and 2. */
const MANY = 5;

const re = (r: RegExp): CharTest => (c) => r.test(String.fromCharCode(c));
const DIGIT: CharSet = { test: (c) => c >= 48 && c <= 57, samples: [48] };
const WORD: CharSet = { test: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95, samples: [97, 95] };
const SPACE: CharSet = { test: re(/\s/), samples: [32, 10] };
const ANY: CharSet = { test: (c) => c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029, samples: [97] };
const negate = (s: CharSet): CharSet => ({ test: (c) => !s.test(c), samples: [] });
const union = (sets: CharSet[]): CharSet => ({ test: (c) => sets.some((s) => s.test(c)), samples: sets.flatMap((s) => s.samples) });
const single = (c: number): CharSet => ({ test: (x) => x === c, samples: [c] });

/** Code units every overlap test tries, besides the sets' own samples: ASCII, Latin-1, Devanagari, Bengali. */
const PROBES: number[] = [];
for (let c = 0; c < 0x250; c++) PROBES.push(c);
for (let c = 0x900; c < 0xa00; c++) PROBES.push(c);
PROBES.push(0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x00a0, 0x3000, 0x4e00, 0xd83d, 0xde00);

class Parser {
  private i = 0;
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
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let atom = this.atom();
      for (;;) {
        const q = this.quantifier();
        if (!q) break;
        if (atom.t === 'assert') throw new PatternError('nothing to repeat');
        atom = { t: 'repeat', body: atom, min: q[0], max: q[1] };
      }
      items.push(atom);
    }
    return { t: 'seq', items };
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
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return { t: 'char', set: this.literal(cp > 0xffff ? this.src.charCodeAt(this.i - 2) : cp) };
  }

  private literal(c: number): CharSet {
    if (!this.ignoreCase) return single(c);
    const s = String.fromCharCode(c);
    const lo = s.toLowerCase().charCodeAt(0);
    const up = s.toUpperCase().charCodeAt(0);
    return { test: (x) => x === c || x === lo || x === up, samples: [c, lo, up] };
  }

  private group(): Node {
    this.i++; // (
    let look = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) { this.i += 2; look = true; }
    else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      throw new PatternError('lookbehind is not supported in pack patterns');
    } else if (this.src.startsWith('?<', this.i)) {
      const end = this.src.indexOf('>', this.i);
      if (end === -1) throw new PatternError('unterminated group name');
      this.i = end + 1;
    } else if (this.src[this.i] === '?') throw new PatternError('unsupported group syntax "(?"');
    const body = this.alternation();
    if (this.src[this.i] !== ')') throw new PatternError('missing ")"');
    this.i++;
    return { t: 'group', body, look };
  }

  /** Parses an escape at `\`; inside a class returns the CharSet (or a code unit for ranges). */
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
      case 'k': throw new PatternError('backreferences are not supported in pack patterns');
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
        const unit = cp > 0xffff ? String.fromCodePoint(cp).charCodeAt(0) : cp;
        return inClass ? unit : asNode(this.literal(unit));
      }
      case 'c': {
        const c = this.src.charCodeAt(this.i++) % 32;
        return inClass ? c : asNode(single(c));
      }
      default:
        if (/[1-9]/.test(ch)) throw new PatternError('backreferences are not supported in pack patterns');
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
          test: (c) => (c >= a && c <= b) || (folded && [String.fromCharCode(c).toLowerCase(), String.fromCharCode(c).toUpperCase()]
            .some((s) => { const x = s.charCodeAt(0); return x >= a && x <= b; })),
          samples: [a, b, (a + b) >> 1],
        });
      } else parts.push(typeof lo === 'number' ? this.literal(lo) : lo);
    }
    if (this.src[this.i] !== ']') throw new PatternError('missing "]"');
    this.i++;
    const set = union(parts);
    return negated ? negate(set) : set;
  }

  private classAtom(): CharSet | number {
    if (this.src[this.i] === '\\') return this.escape(true) as CharSet | number;
    const cp = this.src.charCodeAt(this.i);
    this.i++;
    return cp;
  }
}

function minLen(n: Node): number {
  switch (n.t) {
    case 'char': return 1;
    case 'assert': return 0;
    case 'seq': return n.items.reduce((s, x) => s + minLen(x), 0);
    case 'alt': return Math.min(...n.alts.map(minLen));
    case 'group': return n.look ? 0 : minLen(n.body);
    case 'repeat': return n.min * minLen(n.body);
  }
}
function maxLen(n: Node): number {
  switch (n.t) {
    case 'char': return 1;
    case 'assert': return 0;
    case 'seq': return n.items.reduce((s, x) => s + maxLen(x), 0);
    case 'alt': return Math.max(...n.alts.map(maxLen));
    case 'group': return n.look ? 0 : maxLen(n.body);
    case 'repeat': return n.max === 0 ? 0 : n.max * maxLen(n.body);
  }
}

/** Every character `n` can consume anywhere. */
function alphabet(n: Node): CharSet {
  switch (n.t) {
    case 'char': return n.set;
    case 'assert': return union([]);
    case 'seq': return union(n.items.map(alphabet));
    case 'alt': return union(n.alts.map(alphabet));
    case 'group': return n.look ? union([]) : alphabet(n.body);
    case 'repeat': return alphabet(n.body);
  }
}

/** Characters `n` can start with (nullable prefixes are looked through). */
function firstChars(n: Node): CharSet {
  switch (n.t) {
    case 'char': return n.set;
    case 'assert': return union([]);
    case 'alt': return union(n.alts.map(firstChars));
    case 'group': return n.look ? union([]) : firstChars(n.body);
    case 'repeat': return firstChars(n.body);
    case 'seq': {
      const sets: CharSet[] = [];
      for (const item of n.items) {
        sets.push(firstChars(item));
        if (minLen(item) > 0) break;
      }
      return union(sets);
    }
  }
}

/** Characters every match of `n` must consume, found outside repetitions that may run many times. */
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
  for (const c of [...a.samples, ...b.samples, ...PROBES]) if (a.test(c) && b.test(c)) return true;
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

/**
 * Two unbounded repetitions in a row that can consume the same characters (\w*\w*, .*\s*) split a
 * failing input in O(n²) ways per start position — cubic or worse in all, too slow even in small chunks.
 */
function adjacentOverlap(n: Node): boolean {
  if (n.t !== 'seq') return false;
  for (let i = 0; i < n.items.length; i++) {
    if (maxLen(n.items[i]) !== Infinity) continue;
    for (let j = i + 1; j < n.items.length; j++) {
      const b = n.items[j];
      if (maxLen(b) === Infinity && overlaps(alphabet(n.items[i]), alphabet(b))) return true;
      if (minLen(b) > 0) break;
    }
  }
  return false;
}

function audit(n: Node): string | undefined {
  const kids: Node[] = n.t === 'seq' ? n.items : n.t === 'alt' ? n.alts : n.t === 'group' || n.t === 'repeat' ? [n.body] : [];
  for (const k of kids) {
    const problem = audit(k);
    if (problem) return problem;
  }
  if (adjacentOverlap(n)) return 'adjacent repetitions that can match the same text (as in \\w*\\w*) can take polynomial time';
  if (n.t !== 'repeat' || n.max < MANY) return undefined;
  const inner = innerRepeats(n.body);
  if (inner.length > 0) {
    const seps = mandatorySeparators(n.body);
    const guarded = seps.some((sep) => inner.every((r) => !overlaps(alphabet(r), sep)));
    if (!guarded) return 'nested quantifiers (a repeated group contains another repetition, as in (a+)+) can take exponential time';
  }
  for (const alt of alternations(n.body)) {
    const firsts = alt.alts.map(firstChars);
    for (let x = 0; x < firsts.length; x++) {
      for (let y = x + 1; y < firsts.length; y++) {
        if (overlaps(firsts[x], firsts[y])) {
          return 'overlapping alternatives inside a repetition (as in (a|ab)*) can take exponential time';
        }
      }
    }
  }
  return undefined;
}

/**
 * Checks a pack rule's pattern before it is compiled. Returns a short reason when the pattern is invalid,
 * uses features packs may not use, or can backtrack catastrophically; undefined when it is safe to run.
 */
export function checkPatternSafety(pattern: string, flags = 'iu'): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(pattern, flags);
  } catch (err) {
    return `invalid regular expression: ${err instanceof Error ? err.message.replace(/^Invalid regular expression: /, '') : String(err)}`;
  }
  let tree: Node;
  try {
    tree = new Parser(pattern, flags.includes('i')).parse();
  } catch (err) {
    if (err instanceof PatternError) return err.message;
    throw err;
  }
  return audit(tree);
}
