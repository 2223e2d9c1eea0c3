// Load-time checks for rule patterns. A rule's regular expression runs on every keystroke in the
// agent's draft, so patterns that are invalid, can match empty text (endless zero-length matches),
// use backreferences or lookbehind (not portable to linear-time engines), or nest repetitions in a
// way that backtracks exponentially ("(a+)+") are refused when the pack loads.
//
// The analysis walks the pattern once (after the JavaScript engine has accepted it with the `u` flag,
// so only valid syntax reaches the walker) and computes, per sub-pattern: its minimum match length,
// which characters it can start and end with, and which characters its repeated parts can consume.
// Character sets are approximated by membership over a probe alphabet (common letters, digits, spaces,
// punctuation, Devanagari and Bengali, plus every literal in the pattern), tested with the engine itself.

/** Flags the checker compiles with; the linter should compile rule patterns with (at least) `u`. */
export const RULE_PATTERN_FLAGS = 'u';

const BASE_PROBES = [
  'a', 'b', 'e', 'z', 'A', 'Z', '0', '5', '_', ' ', '\t', '\n', '\u00a0', '.', ',', '!', '?', '-', "'", '"', '(', ')',
  '/', ':', ';', '@', '#', '$', '&', '*', '+', '=', '<', '>', '[', ']', '{', '}', '|', '\\', '^', '~', '`',
  'é', 'ß', 'क', 'ा', '्', '।', 'অ', 'া', '০', '१', '😀', '\u200d',
];

interface Info {
  /** Shortest text this sub-pattern matches. */
  min: number;
  /** Probe-membership masks of characters it can start / end with, and of all characters it can consume. */
  first: bigint;
  last: bigint;
  chars: bigint;
  /** Masks of the `chars` of each unboundedly repeated part inside (for nested-repetition checks). */
  loops: bigint[];
}

const EMPTY: Info = { min: 0, first: 0n, last: 0n, chars: 0n, loops: [] };

class Walker {
  pos = 0;
  backref = false;
  lookbehind = false;
  nested: string | undefined;
  private readonly probes: string[];
  private readonly all: bigint;

  constructor(private readonly src: string) {
    const literals = [...src].filter((c) => /[\p{L}\p{N}\p{M}\p{P}\p{S}\s]/u.test(c));
    this.probes = [...new Set([...BASE_PROBES, ...literals, ...literals.map((c) => c.toLowerCase()), ...literals.map((c) => c.toUpperCase())])];
    this.all = (1n << BigInt(this.probes.length)) - 1n;
  }

  /** Membership mask of a single-character atom, decided by the engine itself (case-insensitively, to be safe). */
  private mask(atom: string): bigint {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${atom})$`, 'iu');
    } catch {
      return this.all;
    }
    let m = 0n;
    this.probes.forEach((p, i) => {
      if (re.test(p)) m |= 1n << BigInt(i);
    });
    return m;
  }

  private char(atom: string): Info {
    const m = this.mask(atom);
    return { min: 1, first: m, last: m, chars: m, loops: [] };
  }

  alternation(): Info {
    let result = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      const next = this.sequence();
      result = {
        min: Math.min(result.min, next.min),
        first: result.first | next.first,
        last: result.last | next.last,
        chars: result.chars | next.chars,
        loops: [...result.loops, ...next.loops],
      };
    }
    return result;
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      items.push(this.quantified());
    }
    let first = 0n;
    for (const it of items) {
      first |= it.first;
      if (it.min > 0) break;
    }
    let last = 0n;
    for (let i = items.length - 1; i >= 0; i--) {
      last |= items[i].last;
      if (items[i].min > 0) break;
    }
    return {
      min: items.reduce((s, it) => s + it.min, 0),
      first,
      last,
      chars: items.reduce((s, it) => s | it.chars, 0n),
      loops: items.flatMap((it) => it.loops),
    };
  }

  private quantified(): Info {
    const start = this.pos;
    const atom = this.atom();
    const q = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(this.src.slice(this.pos));
    if (!q) return atom;
    this.pos += q[0].length;
    let lo: number;
    let hi: number;
    if (q[1]) {
      lo = q[1] === '+' ? 1 : 0;
      hi = q[1] === '?' ? 1 : Infinity;
    } else {
      lo = Number(q[2]);
      hi = q[3] === undefined ? lo : q[4] === '' ? Infinity : Number(q[4]);
    }
    if (hi === 0) return EMPTY;
    if (hi === Infinity) {
      // Exponential backtracking needs a repeated part inside this repetition that can swallow both the
      // end of one iteration and the start of the next: "(a+)+", "(\w+\s?)*", "(\d+,?)+".
      const bad = atom.loops.some((l) => (l & atom.first) !== 0n && (l & atom.last) !== 0n);
      if (bad && this.nested === undefined) this.nested = this.src.slice(start, this.pos);
    }
    return {
      min: atom.min * lo,
      first: atom.first,
      last: atom.last,
      chars: atom.chars,
      loops: hi === Infinity ? [...atom.loops, atom.chars] : atom.loops,
    };
  }

  private atom(): Info {
    const s = this.src;
    const c = s[this.pos];
    if (c === '(') {
      this.pos++;
      let lookaround = false;
      if (s.startsWith('?<=', this.pos) || s.startsWith('?<!', this.pos)) {
        this.lookbehind = true;
        lookaround = true;
        this.pos += 3;
      } else if (s.startsWith('?=', this.pos) || s.startsWith('?!', this.pos)) {
        lookaround = true;
        this.pos += 2;
      } else if (s.startsWith('?:', this.pos)) {
        this.pos += 2;
      } else if (s.startsWith('?<', this.pos)) {
        this.pos = s.indexOf('>', this.pos) + 1;
      }
      const inner = this.alternation();
      this.pos++; // ')'
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') {
      const start = this.pos;
      this.pos++;
      if (s[this.pos] === '^') this.pos++;
      while (this.pos < s.length && s[this.pos] !== ']') this.pos += s[this.pos] === '\\' ? 2 : 1;
      this.pos++;
      return this.char(s.slice(start, this.pos));
    }
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.pos++;
      return EMPTY;
    }
    const cp = s.codePointAt(this.pos) ?? 0;
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return this.char(c === '.' ? '.' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }

  private escape(): Info {
    const s = this.src;
    const start = this.pos;
    const n = s[this.pos + 1];
    this.pos += 2;
    if (n === 'b' || n === 'B') return EMPTY;
    if (/[1-9]/.test(n)) {
      while (/\d/.test(s[this.pos] ?? '')) this.pos++;
      this.backref = true;
      return { ...EMPTY, first: this.all, last: this.all, chars: this.all };
    }
    if (n === 'k') {
      this.pos = s.indexOf('>', this.pos) + 1;
      this.backref = true;
      return { ...EMPTY, first: this.all, last: this.all, chars: this.all };
    }
    if ((n === 'p' || n === 'P' || n === 'u') && s[this.pos] === '{') this.pos = s.indexOf('}', this.pos) + 1;
    else if (n === 'u') this.pos += 4;
    else if (n === 'x') this.pos += 2;
    else if (n === 'c') this.pos += 1;
    return this.char(s.slice(start, this.pos));
  }
}

/** Why `pattern` is not acceptable as a rule pattern; empty when it is fine. */
export function checkRulePattern(pattern: string): string[] {
  try {
    new RegExp(pattern, RULE_PATTERN_FLAGS);
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return [`invalid regular expression: ${reason}`];
  }
  const walker = new Walker(pattern);
  let info: Info;
  try {
    info = walker.alternation();
  } catch {
    return []; // the engine accepted it; an analysis slip must not reject a valid pattern
  }
  const problems: string[] = [];
  if (walker.backref) problems.push('backreferences (\\1, \\k<name>) are not allowed in rule patterns');
  if (walker.lookbehind) problems.push('lookbehind ((?<=…) or (?<!…)) is not allowed in rule patterns');
  if (info.min === 0) problems.push('pattern can match empty text (e.g. "x*", "\\b" or "a|"): it must always match at least one character');
  if (walker.nested !== undefined) {
    problems.push(`"${walker.nested}" repeats a part that is itself repeated and can overlap, which can take exponential time on some text; rewrite it so each repetition is unambiguous`);
  }
  return problems;
}
