// The linter: compiles pack rules once (phrases into one trie, patterns checked for safety and compiled,
// checks looked up by name), then lints a draft block by block. Block results depend only on the block's
// text, so they are cached: after a keystroke only the edited block is matched again. Everything that
// depends on the whole draft or on the context — ignore comments, greeting and closing, language,
// severities, names — is cheap and recomputed on every run.
import type { RuleCategory } from '../packs/schema';
import type { ActiveSeverity, Finding, LintContext, LintResult, LintRule, LinterOptions, RuleProblem } from './types';
import { splitBlocks, type Block } from './blocks';
import { MARK_PLACEHOLDER, MARK_PUNCT, NONWORD_MARKS, WORD_FOLD, isWordAt, normalizeWords, tokenize } from './chars';
import {
  BLOCK_CHECKS, CHECK_NAMES, DOCUMENT_CHECKS, VOCAB, addVocabulary, commitmentLacksTime, containsName, contentStart,
  findPlaceholders, firstNameOf, introducesBusiness, namesSignatureBusiness, signatureBusinessWords, isEmptySalutation, signOffIndex, isInstantPromise, isVagueFollowUp, lineEndOf, lineStartOf, readSalutation, thanksIn,
  type BlockCheck, type DocumentCheck, type Span,
} from './checks';
import { buildRewrites } from './fixes';
import { expandPhrase, PhraseTrie } from './matcher';
import { compilePattern, runPattern, type CompiledPattern } from './patterns';
import { requiredUnits } from '../regex/safety';
import { dedupe, PendingFindings, type RuleKeys } from './dedupe';
import { SpanBuffer, overlapsTagged, sortFindingTriples, sortTriplesByStart } from './spans';
import { excludedRanges, isSuppressed, overlapsUnion, suppressions, unionOf } from './zones';

interface CompiledRule {
  rule: LintRule;
  lang: string;
  /** Index in STRENGTH for wording categories, -1 otherwise. */
  strength: number;
  pattern?: CompiledPattern;
  /** The pattern cannot match in a block the scanner saw no MARK_PUNCT unit in (see `requiredUnits`). */
  needsPunct?: boolean;
  blockCheck?: BlockCheck;
  docCheck?: DocumentCheck;
}

interface BlockResult {
  /**
   * [rule, start, end] triples in report order (see `compareFindings`), offsets relative to the block start
   * (so they survive the block moving).
   */
  findings: Int32Array;
  /** Pattern rules that ran out of time here (the result is then not cached). */
  timedOut: number[];
}

// A backstop for pack patterns that slip past the safety check, not a speed limit: generous enough that a
// cold start (the engine compiles a regex on first use) on a busy machine never cuts a small draft short.
const DEFAULT_BUDGET_MS = 250;
const DEFAULT_MAX_FINDINGS = 2000;
/** The findings of a block without any (shared: block results are never mutated). */
const NO_FINDINGS = new Int32Array(0);
// Vocabulary payloads as module constants: under a CommonJS transform (tsx) every read of an imported
// binding is a getter call, and the scan callback compares each hit's payload with several of them.
const { greeting: V_GREETING, commitment: V_COMMITMENT, vagueException: V_EXCEPTION, vague: V_VAGUE, instant: V_INSTANT, time: V_TIME, future: V_FUTURE } = VOCAB;
/** Categories a product or brand name in Title Case is never flagged for. */
const WORDING: ReadonlySet<RuleCategory> = new Set(['refusal', 'blame', 'dismissive', 'negative-word', 'overpromise', 'jargon-policy', 'rude']);

/** Wording categories from most to least specific: a trigger word inside a longer, stronger finding
 * ("your problem" inside "that's your problem, not ours") is that finding's business. */
const STRENGTH: readonly RuleCategory[] = ['rude', 'dismissive', 'blame', 'refusal', 'jargon-policy', 'overpromise', 'negative-word'];

/**
 * Tries built recently, by their phrase lists: building one for a large pack expands tens of thousands of
 * phrase variants, and the CLI, pack checks and the editor often build linters over the same rules. A trie
 * never changes once built, so linters can share it.
 */
const trieCache = new Map<string, PhraseTrie>();
/** Phrase variants kept in cached tries, all together (a large pack is ~50k; one rule's own trie far less). */
const TRIE_CACHE_ENTRIES = 200_000;
let cachedEntries = 0;

/** The trie for these phrase lists: list 2k holds rule k's phrases, list 2k+1 its `unless` phrases. */
function phraseTrie(lists: ReadonlyArray<readonly string[]>): PhraseTrie {
  const key = JSON.stringify(lists);
  const cached = trieCache.get(key);
  if (cached) {
    trieCache.delete(key);
    trieCache.set(key, cached);
    return cached;
  }
  const trie = new PhraseTrie();
  // Time and future words too: the sentence checks then read them from this one scan, no rescans.
  addVocabulary(trie, ['greeting', 'commitment', 'vague', 'instant', 'vagueException', 'time', 'future']);
  lists.forEach((list, payload) => { for (const p of list) for (const v of expandPhrase(p)) trie.add(v, payload); });
  trieCache.set(key, trie);
  cachedEntries += trie.entries.length;
  for (const [k, t] of trieCache) {
    if (cachedEntries <= TRIE_CACHE_ENTRIES || k === key) break;
    trieCache.delete(k);
    cachedEntries -= t.entries.length;
  }
  return trie;
}

/** Structure-check vocabulary found in one block: scratch lists, refilled for every block. */
class BlockVocabulary {
  readonly greetings: Span[] = [];
  readonly commitments: Span[] = [];
  readonly vague: Span[] = [];
  readonly instant: Span[] = [];
  readonly exceptions: Span[] = [];
  /** Time, vague, instant and future hits as [kind, start, end], for the sentence checks (see VocabHits). */
  readonly sentence = new SpanBuffer();

  clear(): void {
    this.greetings.length = 0;
    this.commitments.length = 0;
    this.vague.length = 0;
    this.instant.length = 0;
    this.exceptions.length = 0;
    this.sentence.clear();
  }

  add(payload: number, start: number, end: number): void {
    if (payload === V_GREETING) this.greetings.push({ start, end });
    else if (payload === V_COMMITMENT) this.commitments.push({ start, end });
    else if (payload === V_EXCEPTION) this.exceptions.push({ start, end });
    else {
      if (payload === V_VAGUE) this.vague.push({ start, end });
      else if (payload === V_INSTANT) this.instant.push({ start, end });
      if (payload === V_VAGUE || payload === V_INSTANT || payload === V_TIME || payload === V_FUTURE) {
        this.sentence.push(payload, start, end);
      }
    }
  }
}

/** Sort ranks (by id), dedupe buckets and wording strengths of the compiled rules. */
function ruleKeys(compiled: readonly CompiledRule[]): RuleKeys {
  const n = compiled.length;
  const keys: RuleKeys = { rank: new Int32Array(n), bucket: new Int32Array(n), strength: new Int32Array(n), buckets: STRENGTH.length + n };
  const byId = compiled.map((_, i) => i).sort((a, b) => compiled[a].rule.id.localeCompare(compiled[b].rule.id));
  byId.forEach((r, k) => {
    const prev = k > 0 ? byId[k - 1] : -1;
    keys.rank[r] = prev !== -1 && compiled[prev].rule.id.localeCompare(compiled[r].rule.id) === 0 ? keys.rank[prev] : k;
  });
  compiled.forEach((c, r) => {
    keys.strength[r] = c.strength;
    keys.bucket[r] = c.strength >= 0 ? c.strength : STRENGTH.length + r;
  });
  return keys;
}

function primaryLang(tag: string): string {
  return tag === 'any' ? 'any' : tag.toLowerCase().split('-')[0];
}

/** Problems with a rule that would stop it from running; [] when it can be used. */
export function validateRule(rule: LintRule): string[] {
  const problems: string[] = [];
  for (const p of [...(rule.phrases ?? []), ...(rule.unless ?? [])]) {
    try {
      const variants = expandPhrase(p);
      if (variants.every((v) => tokenize(v).length === 0)) problems.push(`phrase "${p}" has no words to match`);
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
    }
  }
  if (rule.pattern !== undefined) {
    const compiled = compilePattern(rule.pattern);
    if (typeof compiled === 'string') problems.push(`pattern rejected: ${compiled}`);
  }
  if (rule.check !== undefined && !CHECK_NAMES.includes(rule.check)) {
    problems.push(`unknown check "${rule.check}"; expected one of ${CHECK_NAMES.join(', ')}`);
  }
  return problems;
}

export class Linter {
  readonly rules: readonly LintRule[];
  /** Rules that could not be compiled; they are skipped. */
  readonly problems: RuleProblem[] = [];
  private readonly compiled: CompiledRule[] = [];
  private readonly trie: PhraseTrie;
  private readonly budgetMs: number;
  private readonly maxFindings: number;
  private readonly now: () => number;
  private readonly hasBlockChecks: Set<BlockCheck> = new Set();
  /** Rules with a block check, in rule order (lintBlock runs once per paragraph: no scan of all rules). */
  private readonly blockCheckRules: number[] = [];
  private readonly patternRules: number[] = [];
  /** Per rule: matched text → rewrites built from the rule's templates (pure, so shared between runs). */
  private readonly rewriteCache: Array<Map<string, string[]>> = [];
  /** Per rule: sort rank, dedupe bucket and wording strength, in typed arrays for the per-finding loops. */
  private readonly keys: RuleKeys;
  /** Scratch buffers of `lintBlock` (it never re-enters itself): phrase and check hits, `unless` hits, kept hits. */
  private readonly hits = new SpanBuffer();
  private readonly unlessHits = new SpanBuffer();
  private readonly keptHits = new SpanBuffer();
  private readonly vocab = new BlockVocabulary();
  /** The scan callback of `lintBlock`, made once: sorts each phrase hit into the scratch buffers. */
  private readonly onPhrase = (id: number, start: number, end: number): void => {
    const payload = this.trie.entries[id].payload;
    if (payload >= 0) {
      if (payload & 1) this.unlessHits.push(payload >> 1, start, end);
      else this.hits.push(payload >> 1, start, end);
    } else this.vocab.add(payload, start, end);
  };

  constructor(rules: readonly LintRule[], options: LinterOptions = {}) {
    this.rules = rules;
    this.budgetMs = options.ruleBudgetMs ?? DEFAULT_BUDGET_MS;
    this.maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    this.now = options.now ?? (() => performance.now());
    const phraseLists: Array<readonly string[]> = [];
    const seen = new Set<string>();
    for (const rule of rules) {
      const problems = validateRule(rule);
      if (seen.has(rule.id)) problems.push(`duplicate rule id "${rule.id}"; the first definition wins`);
      if (problems.length) {
        for (const message of problems) this.problems.push({ ruleId: rule.id, message, origin: rule.origin });
        continue;
      }
      seen.add(rule.id);
      const index = this.compiled.length;
      const strength = WORDING.has(rule.category) ? STRENGTH.indexOf(rule.category) : -1;
      const c: CompiledRule = { rule, lang: primaryLang(rule.lang), strength };
      phraseLists.push(rule.phrases ?? [], rule.unless ?? []);
      if (rule.pattern !== undefined) {
        c.pattern = compilePattern(rule.pattern) as CompiledPattern;
        c.needsPunct = requiredUnits(rule.pattern, (u) => (NONWORD_MARKS[u] & MARK_PUNCT) !== 0) !== undefined;
        this.patternRules.push(index);
      }
      if (rule.check !== undefined) {
        if ((BLOCK_CHECKS as readonly string[]).includes(rule.check)) {
          c.blockCheck = rule.check as BlockCheck;
          this.hasBlockChecks.add(c.blockCheck);
          this.blockCheckRules.push(index);
        } else if ((DOCUMENT_CHECKS as readonly string[]).includes(rule.check)) c.docCheck = rule.check as DocumentCheck;
      }
      this.compiled.push(c);
      this.rewriteCache.push(new Map());
    }
    this.trie = phraseTrie(phraseLists);
    this.keys = ruleKeys(this.compiled);
  }

  /** The rule's rewrites for this matched text ("$0" filled, casing adapted); shared, never mutate. */
  private rewritesFor(rule: number, match: string): string[] {
    const cache = this.rewriteCache[rule];
    let built = cache.get(match);
    if (built === undefined) {
      built = buildRewrites(this.compiled[rule].rule.rewrites, match);
      if (cache.size >= 512) cache.clear(); // bounded: matches of one rule repeat, but drafts vary
      cache.set(match, built);
    }
    return built;
  }

  lint(text: string, ctx: LintContext = {}): Finding[] {
    return this.lintDetailed(text, ctx).findings;
  }

  lintDetailed(text: string, ctx: LintContext = {}): LintResult {
    return this.run(text, ctx, undefined);
  }

  /** A linter that remembers block results between runs; use one per open document. */
  incremental(): IncrementalLinter {
    return new IncrementalLinter(this);
  }

  /** @internal Lints with an optional block cache (read and refreshed). */
  run(text: string, ctx: LintContext, cache: Map<string, BlockResult> | undefined): LintResult {
    const notes: string[] = [];
    const blocks = splitBlocks(text);
    const spent = new Float64Array(this.compiled.length);
    const fresh = cache ? new Map<string, BlockResult>() : undefined;
    const results: Array<{ result: BlockResult; base: number }> = [];
    const timedOut = new Set<number>();
    for (const block of blocks) {
      if (block.kind !== 'text') continue;
      const key = cache ? text.slice(block.start, block.end) : '';
      let result = cache ? cache.get(key) ?? fresh!.get(key) : undefined;
      if (!result) {
        result = this.lintBlock(text, block, spent, timedOut);
        if (cache && result.timedOut.length === 0) fresh!.set(key, result);
      } else fresh!.set(key, result);
      if (result.findings.length) results.push({ result, base: block.start });
    }
    if (cache && fresh) { cache.clear(); for (const [k, v] of fresh) cache.set(k, v); }
    for (const r of timedOut) notes.push(`rule "${this.compiled[r].rule.id}" took too long on this draft and was stopped early`);

    const lang = ctx.lang ? primaryLang(ctx.lang) : undefined;
    // Per rule: its severity in this context, or undefined when it is off or not for this language.
    const severities = this.compiled.map((c) => {
      if (lang !== undefined && c.lang !== 'any' && c.lang !== lang) return undefined;
      const severity = resolveSeverity(c.rule, ctx);
      return severity === 'off' ? undefined : severity;
    });
    const active = Uint8Array.from(severities, (s) => (s === undefined ? 0 : 1));
    const sup = suppressions(text);
    const ignoreTerms = ctx.ignoreTerms?.length ? ctx.ignoreTerms : undefined;
    const strength = this.keys.strength;
    const accepts = (rule: number, start: number, end: number): boolean => {
      if (active[rule] === 0) return false;
      return !(ignoreTerms && strength[rule] >= 0 && insideTerm(text, start, end, ignoreTerms));
    };
    // Blocks are in text order and each block's findings in report order, so their concatenation is too.
    const pending = new PendingFindings();
    for (const { result, base } of results) {
      const f = result.findings;
      for (let k = 0; k < f.length; k += 3) {
        const rule = f[k];
        const start = base + f[k + 1];
        const end = base + f[k + 2];
        if (accepts(rule, start, end)) pending.push(rule, start, end);
      }
    }
    this.documentChecks(text, blocks, ctx, (rule, start, end, templates) => {
      if (accepts(rule, start, end)) pending.insert(this.keys, rule, start, end, templates);
    });

    // Ignore comments apply to what the agent sees, so after merging: ignoring the refusal shown on "we can't
    // refund" also hides another refusal rule's overlapping match that was merged into it.
    let kept = dedupe(pending, this.keys);
    if (sup.length) {
      kept = kept.filter((k) => {
        const c = this.compiled[pending.rule[k]];
        return !isSuppressed(sup, c.rule.id, c.rule.category, pending.start[k], pending.end[k]);
      });
    }
    if (kept.length > this.maxFindings) {
      notes.push(`showing the first ${this.maxFindings} of ${kept.length} findings`);
      kept.length = this.maxFindings;
    }
    // A rule's rewrites for a match are shared (see rewritesFor), so each shared list is filled once per run.
    const filled = new Map<string[], string[]>();
    const fill = (built: string[]): string[] => {
      let f = filled.get(built);
      if (f === undefined) { f = fillRewrites(built, ctx); filled.set(built, f); }
      return f.slice();
    };
    const findings = kept.map((k): Finding => {
      const rule = pending.rule[k];
      const start = pending.start[k];
      const end = pending.end[k];
      const matchEnd = pending.matchEnd[k];
      const templates = pending.templates[k];
      const c = this.compiled[rule];
      const original = text.slice(start, matchEnd);
      const finding: Finding = {
        ruleId: c.rule.id, category: c.rule.category, severity: severities[rule]!, message: c.rule.message,
        start, end, match: end === matchEnd ? original : text.slice(start, end),
        rewrites: templates ? fillRewrites(buildRewrites(templates, original), ctx) : fill(this.rewritesFor(rule, original)),
      };
      if (c.rule.link) finding.link = c.rule.link;
      if (c.rule.origin) finding.origin = c.rule.origin;
      return finding;
    });
    return { findings, notes };
  }

  private lintBlock(text: string, block: Block, spent: Float64Array, timedOut: Set<number>): BlockResult {
    const { start: from, end: to } = block;
    const hits = this.hits;
    hits.clear();
    this.unlessHits.clear();
    const vocab = this.vocab;
    vocab.clear();
    const { greetings, commitments, vague, instant, exceptions, sentence: sentenceVocab } = vocab;
    const marks = this.trie.scan(text, from, to, this.onPhrase);
    // Hits arrive by end; sort by start only when that order differs (rarely).
    sortTriplesByStart(sentenceVocab.data, sentenceVocab.length);
    const blockTimedOut: number[] = [];
    for (const r of this.patternRules) {
      if (timedOut.has(r) || (this.compiled[r].needsPunct && (marks & MARK_PUNCT) === 0)) continue;
      const run = runPattern(this.compiled[r].pattern!, text, from, to, this.budgetMs - spent[r],
        (start, end) => hits.push(r, start, end), this.now);
      spent[r] += run.elapsedMs;
      if (run.timedOut) { timedOut.add(r); blockTimedOut.push(r); }
    }
    for (const r of this.blockCheckRules) {
      switch (this.compiled[r].blockCheck) {
        case 'unfilled-placeholder':
          if ((marks & MARK_PLACEHOLDER) === 0) break; // no {, [, <, $ or %: nothing to find
          for (const p of findPlaceholders(text, from, to)) hits.push(r, p.start, p.end);
          break;
        case 'empty-salutation':
          for (const g of greetings) {
            const ls = lineStartOf(text, g.start, from);
            const le = lineEndOf(text, g.start, to);
            if (contentStart(text, ls, le) === g.start && isEmptySalutation(text, g, le)
              && !greetings.some((o) => o.start === g.start && o.end > g.end)) {
              const punct = /^[ \t\u00a0]*\S/u.exec(text.slice(g.end, le));
              hits.push(r, g.start, punct ? g.end + punct[0].length : g.end);
            }
          }
          break;
        case 'commitment-needs-time':
          for (const cm of commitments) if (commitmentLacksTime(text, cm, from, to, sentenceVocab)) hits.push(r, cm.start, cm.end);
          break;
        case 'vague-follow-up':
          for (const v of vague) {
            if (exceptions.some((e) => e.start < v.end && v.start < e.end)) continue;
            if (isVagueFollowUp(text, v, from, to, sentenceVocab)) hits.push(r, v.start, v.end);
          }
          break;
        case 'instant-promise':
          for (const v of instant) if (isInstantPromise(text, v, from, to, sentenceVocab)) hits.push(r, v.start, v.end);
          break;
        default: break;
      }
    }
    return { findings: this.keepHits(text, from, to, marks), timedOut: blockTimedOut };
  }

  /**
   * The block's hits that count as findings — not in an excluded zone, not cancelled by an `unless` phrase of
   * their rule, not a product name — as triples relative to the block start, in report order.
   */
  private keepHits(text: string, from: number, to: number, marks: number): Int32Array {
    const { hits, unlessHits: unless, keptHits: kept } = this;
    if (hits.length === 0) return NO_FINDINGS;
    kept.clear();
    const zones = excludedRanges(text, from, to, marks);
    // Both lookups below are binary searches: a long paragraph can have thousands of hits, zones and `unless` hits.
    const union = zones.length ? unionOf(zones) : zones;
    const u = unless.data;
    const nUnless = unless.length;
    let unlessLength = 1;
    for (let j = 0; j < 3 * nUnless; j += 3) unlessLength = Math.max(unlessLength, u[j + 2] - u[j + 1]);
    sortFindingTriples(u, this.keys.rank, nUnless); // by start (its tie-breaks do not matter here)
    const h = hits.data;
    for (let k = 0; k < 3 * hits.length; k += 3) {
      const rule = h[k], start = h[k + 1], end = h[k + 2];
      if (end <= start) continue;
      if (union.length && overlapsUnion(union, start, end)) continue;
      if (nUnless && overlapsTagged(u, nUnless, unlessLength, rule, start, end)) continue;
      if (this.keys.strength[rule] >= 0 && looksLikeName(text, start, end, from)) continue;
      kept.push(rule, start - from, end - from);
    }
    const out = kept.toArray();
    sortFindingTriples(out, this.keys.rank);
    return out;
  }

  private documentChecks(
    text: string, blocks: Block[], ctx: LintContext,
    push: (rule: number, start: number, end: number, rewrites?: readonly string[]) => void,
  ): void {
    const wanted = this.compiled.map((c, i) => [c, i] as const).filter(([c]) => c.docCheck !== undefined);
    if (wanted.length === 0) return;
    const lines = bodyLines(text, blocks);
    if (lines.length === 0) return;
    const first = lines[0];
    const sal = readSalutation(text, first.start, first.end);
    if (!sal) return; // not a full reply (a fragment or a note): greeting and closing rules do not apply
    const emptyName = isEmptySalutation(text, sal.greeting, first.end);
    const customer = ctx.customerName?.trim() ? ctx.customerName.trim() : undefined;
    const company = ctx.companyName?.trim() ? ctx.companyName.trim() : undefined;
    const greetingWord = text.slice(sal.greeting.start, sal.greeting.end);
    // An empty or unfilled salutation ("Hi ,", "Hi {{customer.name}}") is the placeholder rules' finding.
    const unfilled = emptyName || /\{\{|\[\[|\$\{/.test(text.slice(sal.line.start, sal.line.end));
    for (const [c, r] of wanted) {
      if (c.docCheck === 'greeting-names-customer' && !unfilled) {
        const named = customer ? containsName(text, sal.line, customer) : sal.nameWords.length > 0;
        if (!named) {
          const rewrites = customer ? [`${greetingWord} ${firstNameOf(customer)}`] : [];
          push(r, sal.salutation.start, sal.salutation.end, [...rewrites, ...c.rule.rewrites]);
        }
      } else if (c.docCheck === 'greeting-names-business' && !unfilled) {
        const opening = lines.slice(0, OPENING_LINES);
        // Known company: its name must appear in the opening; unknown: an introduction must ("thanks for
        // contacting …", "welcome to …"), or a word of the business the signature names ("Milo, Oakhaven Furniture").
        const business = company ? [] : signatureBusinessWords(text, lines, signOffIndex(text, lines));
        const named = company ? opening.some((l) => containsAll(text, l, company))
          : opening.some((l) => introducesBusiness(text, l.start, l.end)
            || namesSignatureBusiness(text, l, business, sal.salutation.start, sal.salutation.end));
        if (!named) push(r, sal.salutation.start, sal.salutation.end);
      } else if (c.docCheck === 'closing-thanks-customer' && lines.length >= 3) {
        // The closing: the few lines above the sign-off and the sign-off block itself, never the opening's
        // thanks ("Thanks for contacting Acme.") unless a later sentence of that line thanks again.
        const signOff = signOffIndex(text, lines);
        const from = Math.max(1, signOff - CLOSING_LINES_ABOVE);
        const closing = lines.slice(from);
        // The line after a bare "Hi Priya," belongs to the opening.
        const openingEnd = text.slice(first.start, first.end).trim().split(/\s+/).length <= 5 ? OPENING_LINES : 1;
        const thanks = closing.flatMap((l, k) => thanksIn(text, from + k < openingEnd ? afterFirstSentence(text, l) : l.start, l.end));
        if (thanks.length === 0) {
          push(r, lines[signOff].start, lines[signOff].end);
        }
        else if (customer && !closing.some((l) => containsName(text, l, customer))) {
          const t = thanks[0];
          push(r, t.start, t.end, [`$0, ${firstNameOf(customer)}`]);
        }
      }
    }
  }
}

/**
 * The first and the last few lines of the agent's own text (not front matter, code, quotes, comments or
 * blank), in order — all the greeting and closing checks look at. Only the blocks at both ends are read,
 * so a long draft costs no more than a short one.
 */
/** Lines read as the opening: the greeting line and the one after it. */
const OPENING_LINES = 2;
/** Lines read as the closing above the sign-off: the thank-you paragraph above "Warm regards," / name / company. */
const CLOSING_LINES_ABOVE = 3;
/** Lines read from the end: a signature block (up to 6 lines), its sign-off and the lines above it. */
const TAIL_LINES = 11;

/** Where the second sentence of a line starts (its end when it has one sentence). */
function afterFirstSentence(text: string, line: Span): number {
  const m = /[.!?।](?:\s|$)/u.exec(text.slice(line.start, line.end));
  return m ? line.start + m.index + 1 : line.end;
}

function bodyLines(text: string, blocks: Block[], tail = TAIL_LINES): Span[] {
  const linesOf = (b: Block): Span[] => {
    const out: Span[] = [];
    const zones = excludedRanges(text, b.start, b.end);
    for (let ls = b.start; ls <= b.end;) {
      const le = lineEndOf(text, ls, b.end);
      const cs = contentStart(text, ls, le);
      let ce = le;
      while (ce > cs && /\s/.test(text[ce - 1])) ce--;
      if (ce > cs && !(zones.length && coveredBy(text, zones, cs, ce))) out.push({ start: cs, end: ce });
      const nl = text.indexOf('\n', le);
      if (nl === -1 || nl >= b.end) break;
      ls = nl + 1;
    }
    return out;
  };
  const textBlocks = blocks.filter((b) => b.kind === 'text');
  const head: Span[] = [];
  let h = 0;
  // The greeting and the line after it, which may be the next paragraph ("Hello Priya," / "Thanks for contacting Acme.").
  for (; h < textBlocks.length && head.length < OPENING_LINES; h++) head.push(...linesOf(textBlocks[h]));
  const end: Span[] = [];
  for (let t = textBlocks.length - 1; t >= h && end.length < tail + 1; t--) end.unshift(...linesOf(textBlocks[t]));
  // head holds the whole first block; keep its lines, then the tail lines that come after them.
  return [...head, ...end];
}

/** True when excluded ranges cover every non-space character of text[start, end). */
function coveredBy(text: string, zones: number[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (/\s/.test(text[i])) continue;
    let inside = false;
    for (let k = 0; k < zones.length; k += 2) if (zones[k] <= i && i < zones[k + 1]) { inside = true; break; }
    if (!inside) return false;
  }
  return true;
}

function containsAll(text: string, span: Span, phrase: string): boolean {
  const want = normalizeWords(phrase);
  return want === '' || ` ${normalizeWords(text.slice(span.start, span.end))} `.includes(` ${want} `);
}

function resolveSeverity(rule: LintRule, ctx: LintContext): ActiveSeverity | 'off' {
  return ctx.severityOverrides?.[rule.id] ?? ctx.categorySeverity?.[rule.category] ?? rule.severity;
}

const FIELD = /\{\{\s*([A-Za-z.]+)\s*(?:\|\s*"([^"]*)"\s*)?\}\}/g;

/** Fills {{customer.name}}-style fields in rewrites from the context; drops rewrites it cannot fill. */
function fillRewrites(rewrites: string[], ctx: LintContext): string[] {
  if (!rewrites.some((r) => r.includes('{{'))) return rewrites.slice();
  const out: string[] = [];
  for (const r of rewrites) {
    if (!r.includes('{{')) { out.push(r); continue; }
    let ok = true;
    const filled = r.replace(FIELD, (_, name: string, fallback?: string) => {
      const v = name === 'customer.name' ? ctx.customerName
        : name === 'customer.firstName' ? (ctx.customerName ? firstNameOf(ctx.customerName) : undefined)
          : name === 'company.name' ? ctx.companyName : undefined;
      if (v?.trim()) return v.trim();
      if (fallback !== undefined) return fallback;
      ok = false;
      return '';
    });
    if (ok && !out.includes(filled)) out.push(filled);
  }
  return out;
}

/**
 * A match in Title Case that does not begin a sentence is most likely a product or brand name
 * ("the Never Fail Backup plan"), which the agent did not choose and must not be flagged.
 */
function looksLikeName(text: string, start: number, end: number, floor: number): boolean {
  // Most matches start in lower case or in a script without case: not Title Case, no need to look further.
  const c0 = text.charCodeAt(start);
  if ((c0 >= 97 && c0 <= 122) || (c0 >= 0x0900 && c0 <= 0x09ff && WORD_FOLD[c0] >= 2)) return false;
  let k = start - 1;
  while (k >= floor && /[\s*_"“'‘(]/u.test(text[k])) k--;
  if (k < floor || /[.!?।\n:>]/u.test(text[k])) return false; // sentence-initial capital, not a name
  const tokens = tokenize(text, start, end);
  if (!tokens.every((t) => isTitleCase(text.slice(t.start, t.end)))) return false;
  if (tokens.length >= 2) return true;
  // One word: a name only when a neighbouring word is in Title Case too.
  const before = /(\p{Lu}[\p{L}\p{M}]*)\s+$/u.exec(text.slice(Math.max(floor, start - 40), start));
  let e = end;
  while (e < text.length && text[e] === ' ') e++;
  const after = isWordAt(text, e) && /^\p{Lu}\p{Ll}/u.test(text.slice(e, e + 2));
  return before !== null || after;
}

function isTitleCase(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

function insideTerm(text: string, start: number, end: number, terms: readonly string[]): boolean {
  for (const term of terms) {
    const t = term.trim().toLowerCase();
    if (!t) continue;
    const from = Math.max(0, start - t.length);
    const window = text.slice(from, Math.min(text.length, end + t.length)).toLowerCase();
    for (let i = window.indexOf(t); i !== -1; i = window.indexOf(t, i + 1)) {
      if (from + i < end && start < from + i + t.length) return true;
    }
  }
  return false;
}

/** Re-lints only the blocks that changed since the last run. One per document. */
export class IncrementalLinter {
  private readonly cache = new Map<string, BlockResult>();
  constructor(private readonly linter: Linter) {}

  lint(text: string, ctx: LintContext = {}): Finding[] {
    return this.linter.run(text, ctx, this.cache).findings;
  }

  lintDetailed(text: string, ctx: LintContext = {}): LintResult {
    return this.linter.run(text, ctx, this.cache);
  }

  clear(): void {
    this.cache.clear();
  }
}

export function createLinter(rules: readonly LintRule[], options?: LinterOptions): Linter {
  return new Linter(rules, options);
}
