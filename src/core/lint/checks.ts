// The named structural checks a rule can ask for with "check": what a word list cannot express — where a
// greeting is, whether the closing thanks the customer, whether a promise says when, and leftovers of a
// template (unfilled placeholders, "Hi ," with the name missing).
import vocab from './data/structure-vocab.json';
import { expandPhrase, PhraseTrie } from './matcher';
import { SpanBuffer } from './spans';
import { isDigitUnit, normalizeWords, tokenize } from './chars';

export const BLOCK_CHECKS = ['unfilled-placeholder', 'empty-salutation', 'commitment-needs-time', 'vague-follow-up', 'instant-promise'] as const;
export const DOCUMENT_CHECKS = ['greeting-names-customer', 'greeting-names-business', 'closing-thanks-customer'] as const;
export type BlockCheck = (typeof BLOCK_CHECKS)[number];
export type DocumentCheck = (typeof DOCUMENT_CHECKS)[number];
export type CheckName = BlockCheck | DocumentCheck;
export const CHECK_NAMES: readonly string[] = [...BLOCK_CHECKS, ...DOCUMENT_CHECKS];

/** Trie payloads for vocabulary (rule payloads are ≥ 0). */
export const VOCAB = {
  greeting: -1, addressee: -2, commitment: -3, time: -4, thanks: -5, vague: -6, instant: -7, vagueException: -8, future: -9,
  businessIntro: -10,
} as const;

/**
 * Families the shipped vocabulary file does not have yet: vague spans that contain a time word ("in the coming
 * days", "कुछ दिनों में", "কয়েক দিনের মধ্যে" — the time word inside them does not make them concrete), the
 * present tense used as a promise in Hindi and Bengali ("अपडेट भेजती हूँ", "update dichhi"), "asked … to"
 * as a marker of something not yet done, and more ways an opening names the business.
 */
const EXTRA: Partial<Record<keyof typeof VOCAB, string[]>> = {
  vague: [
    '{in|within|over} {the coming|the next few|a few|a couple of|the next couple of|a couple|some} {days|weeks|hours}',
    'in a day or two', 'one of these days', 'in the coming {days|weeks}', 'any day now', 'in a little while', 'before long',
    '{थोड़ी|कुछ} देर {में|बाद}', '{कुछ|कुछ ही|चंद} {दिनों|दिन|घंटों|हफ़्तों|हफ्तों} {में|के अंदर|के भीतर}', 'जल्दी',
    '{thodi|thori|kuch} der {mein|me|baad}', '{kuch|kuchh} {din|dino|dinon|ghanton} {mein|me}', 'jaldi',
    '{কয়েক|কিছু} {দিনের|দিন|ঘণ্টার|সপ্তাহের} {মধ্যে|ভেতরে|ভিতরে}', '{কিছুক্ষণ|একটু} {পরে|পর|পরেই}', 'তাড়াতাড়ি',
    '{koyek|kichu|kichhu} {din|diner} {er|} {modhye|moddhe|modhe}', '{kichukkhon|kichhukkhon|ektu} {por|pore}', 'taratari',
  ],
  vagueException: [
    'তাড়াতাড়ি {বলুন|করুন|দিন|পাঠান|জানান|সেরে|সুস্থ}', 'taratari {bolun|korun|din|pathan|janan}', 'জলদি',
    'দ্রুত {সমাধান|সাড়া|উত্তর|রিফান্ড} {দেওয়ার|পাওয়ার|করার} জন্য', 'দ্রুততম', '{কোনো|কোন} তাড়া নেই', '{koi|koyi} jaldi {nahi|nahin|nhi}', 'jaldi {karo|kijiye|kariye|bataiye|bhejiye}',
    'जल्दी {करें|कीजिए|करिए|बताइए|भेजिए|ठीक हो|से}', '{कोई|कोई भी} जल्दी नहीं', 'जल्दी नहीं है', '{thanks|thank you} for * in the coming',
  ],
  commitment: [
    '{update|janiye|khobor|jogajog} {dichhi|dicchi|dichi|debo|dibo|deb|korchi|korbo}',
    'update {karta|karti|karte|karunga|karungi|karenge|kar dunga|kar dungi|kar denge} {hoon|hu|hun|hain|}',
    'अपडेट {भेजता|भेजती|भेजते|देता|देती|देते|करता|करती|करते} {हूँ|हूं|हैं}',
    '{ठीक|सही|हल|दूर} कर {देंगे|दूंगा|दूँगा|दूंगी|दूँगी}',
    '{ঠিক|সমাধান} করে {দেব|দেবো|দিচ্ছি}',
    '{আপডেট|খবর} {দিচ্ছি|দেব|দেবো|জানাচ্ছি}',
    "{i|we} {will|'ll|shall} {get|have} {this|it|that|everything|things} {sorted|fixed|resolved|done|sorted out|looked at}",
  ],
  future: ['{asked|requested|instructed|told|escalated to|escalated it to|arranged for} * to'],
  businessIntro: [
    '{thanks|thank you} for your {message|email|e-mail|note|call|query|question|request|enquiry|inquiry|ticket|chat} to',
    '{thanks|thank you} for {writing in|reaching out|getting in touch|chatting|talking} {to|with}',
    '{बात करने|संपर्क करने|जुड़ने|लिखने|चैट करने|कॉल करने|मैसेज करने} के लिए {धन्यवाद|शुक्रिया}',
    '{কথা বলার|লেখার|যোগাযোগের|মেসেজ করার|চ্যাট করার|কল করার} জন্য ধন্যবাদ',
    '{baat karne|contact karne|sampark karne|likhne} ke liye {dhanyavaad|dhanyavad|shukriya|thanks}',
  ],
};

export function addVocabulary(trie: PhraseTrie, kinds: Array<keyof typeof VOCAB>): void {
  const base: Record<keyof typeof VOCAB, string[]> = {
    greeting: vocab.greetings, addressee: vocab.addressees, commitment: vocab.commitments, time: vocab.concreteTimes,
    thanks: vocab.thanks, vague: vocab.vagueTimes, instant: vocab.instantWords, vagueException: vocab.vagueExceptions,
    future: vocab.futureMarkers, businessIntro: vocab.businessIntro,
  };
  const lists = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [...v, ...(EXTRA[k as keyof typeof VOCAB] ?? [])]])) as Record<keyof typeof VOCAB, string[]>;
  for (const kind of kinds) for (const p of lists[kind]) for (const e of expandPhrase(p)) trie.add(e, VOCAB[kind]);
}

/** A hit relative to nothing in particular: offsets are whatever the caller scanned. */
export interface Span { start: number; end: number }

// ---- line helpers -------------------------------------------------------------------------------------

export function lineStartOf(text: string, pos: number, floor = 0): number {
  const nl = text.lastIndexOf('\n', pos - 1);
  return Math.max(floor, nl + 1);
}
export function lineEndOf(text: string, pos: number, ceil = text.length): number {
  let e = text.indexOf('\n', pos);
  if (e === -1 || e > ceil) e = ceil;
  if (e > 0 && text.charCodeAt(e - 1) === 13) e--;
  return e;
}
/** First offset of a line's content, past indentation, list/emphasis markers and emoji. */
export function contentStart(text: string, ls: number, le: number): number {
  let k = ls;
  while (k < le && /[\s*_#~•>\-\p{S}\u200d\ufe0f\ud800-\udfff]/u.test(text[k])) k++;
  return k;
}

// ---- block checks -------------------------------------------------------------------------------------

const PLACEHOLDER_WORDS = new Set(vocab.placeholderWords.map(normalizeWords));
const PLACEHOLDER = /\{\{[^{}\n]{0,80}\}\}|\$\{\d+(?::[^{}\n]{0,80})?\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\[\[[^\[\]\n]{1,80}\]\]|\[([^\[\]\n]{1,40})\](?![(\[:])|<([^<>\n]{1,40})>|%([A-Za-z_]+)%|\{([A-Za-z_][A-Za-z _.]{0,38})\}/g;

/** Unfilled template fields: {{…}}, ${1:…}, [[…]], and [Customer Name] / <name> / {name} style slots. */
export function findPlaceholders(text: string, from: number, to: number): Span[] {
  const s = text.slice(from, to);
  if (!/[{[<$%]/.test(s)) return [];
  const out: Span[] = [];
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(s)) !== null) {
    const slot = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (slot !== undefined) {
      // Brackets are ordinary punctuation unless they hold a field-like word: "[Customer Name]", "<order id>".
      const words = normalizeWords(slot.replace(/[_.]/g, ' '));
      const isField = PLACEHOLDER_WORDS.has(words) || (/^[A-Z][A-Z _]+$/.test(slot.trim()) && PLACEHOLDER_WORDS.has(words))
        || /^(?:your|customer|agent|company|insert|enter)\b/i.test(slot.trim()) && slot.trim().split(/\s+/).length <= 4;
      if (!isField) continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

const BARE_NOT_OK = new Set(['dear', 'प्रिय', 'आदरणीय', 'প্রিয়', 'শ্রদ্ধেয়'].map(normalizeWords));
const SALUTATION_PUNCT = /^[ \t\u00a0]+[,!:;.।]|^[ \t\u00a0]*$/u;

/**
 * "Hi ," / "Dear ," / "नमस्ते ," — a greeting at the start of a line whose name was left out: spaces and
 * then punctuation, or "Dear"-type greetings with nothing after them.
 */
export function isEmptySalutation(text: string, greeting: Span, lineEnd: number): boolean {
  const rest = text.slice(greeting.end, lineEnd);
  if (!SALUTATION_PUNCT.test(rest)) {
    // "Dear Mr. ," — an honorific and nothing else.
    const m = /^[ \t\u00a0]+(mr|mrs|ms|miss|dr|श्री|श्रीमती|শ্রী|জনাব)\.?[ \t\u00a0]*[,!:;।]/iu.exec(rest);
    return m !== null;
  }
  if (/^[ \t\u00a0]*$/u.test(rest)) {
    // A bare "Hi" line is a fine short greeting; a bare "Dear" is not.
    return BARE_NOT_OK.has(normalizeWords(text.slice(greeting.start, greeting.end)));
  }
  return true;
}

/** . ! ? । ॥ and a line break end a sentence (by code unit: this runs for every vocabulary hit). */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 0x0964 || c === 0x0965;
}
const isDigit = isDigitUnit; // a module copy: imported bindings are getter calls under tsx

/** Does text[start, end) hold an ASCII, Devanagari or Bengali digit? (No slice and regex per vocabulary hit.) */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Bounds of the sentence around [start, end) within [from, to). */
export function sentenceAround(text: string, start: number, end: number, from: number, to: number): Span {
  let s = start;
  while (s > from && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < to && !isSentenceEnd(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/**
 * Where a new clause starts after a comma or semicolon: ", and we'll call shortly", ", और हम जल्दी ही फ़ोन
 * करेंगे", ", আর আমরা তাড়াতাড়ি ফোন করব". The time of one clause ("arrives on Monday") does not make another's
 * promise concrete.
 */
const CLAUSE_BREAK = /[;,]\s*(?:and|but|so|while|whereas|और|लेकिन|पर|मगर|तथा|एवं|আর|কিন্তু|এবং|তবে|aur|lekin|magar|ar|kintu|tobe)\s/giu;

/** Bounds of the clause around [start, end) within its sentence (see CLAUSE_BREAK). */
export function clauseAround(text: string, start: number, end: number, from: number, to: number): Span {
  const sentence = sentenceAround(text, start, end, from, to);
  const part = text.slice(sentence.start, sentence.end);
  let s = sentence.start;
  let e = sentence.end;
  for (const m of part.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + m.index!;
    if (at + 1 <= start) s = Math.max(s, at + 1);
    else if (at >= end) { e = Math.min(e, at); break; }
  }
  return { start: s, end: e };
}

let sentenceTrie: PhraseTrie | undefined;
/** Time words and future markers, looked up only inside a sentence that needs them. */
function sentenceVocabulary(): PhraseTrie {
  if (!sentenceTrie) {
    sentenceTrie = new PhraseTrie();
    addVocabulary(sentenceTrie, ['time', 'vague', 'instant', 'future']);
  }
  return sentenceTrie;
}

/**
 * Time, vague, instant and future vocabulary hits of a block as [kind, start, end] triples sorted by start
 * (a SpanBuffer), when the caller's own scan of the block already found them: a sentence's hits are then the
 * ones inside it, with no rescan and no object per hit.
 */
export interface VocabHits { readonly data: Int32Array; readonly length: number }

/** Scratch list of `sentenceHits`, read by its caller before the next call. */
const inside = new SpanBuffer();

/**
 * The hits inside `sentence`: `known`'s, or a scan's. Only valid until the next call. The checks only ask
 * whether some hit qualifies, so the order of hits that start together does not matter.
 */
function sentenceHits(text: string, sentence: Span, known?: VocabHits): VocabHits {
  inside.clear();
  if (known) {
    const d = known.data;
    let lo = 0;
    let hi = known.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (d[3 * mid + 1] < sentence.start) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < known.length && d[3 * k + 1] < sentence.end; k++) if (d[3 * k + 2] <= sentence.end) inside.push(d[3 * k], d[3 * k + 1], d[3 * k + 2]);
    return inside;
  }
  const trie = sentenceVocabulary();
  trie.scan(text, sentence.start, sentence.end, (id, start, end) => inside.push(trie.entries[id].payload, start, end));
  return inside;
}

/** Is there a hit of `kind` (or, with `not`, of any other kind) among `hits`? */
function hasKind(hits: VocabHits, kind: number, not = false): boolean {
  for (let k = 0; k < hits.length; k++) if ((hits.data[3 * k] === kind) !== not) return true;
  return false;
}

/** A follow-up promise with no time in its sentence (a number, a day, "by 5 pm", "within 24 hours" …). */
export function commitmentLacksTime(text: string, commitment: Span, from: number, to: number, known?: VocabHits): boolean {
  const sentence = clauseAround(text, commitment.start, commitment.end, from, to);
  if (hasDigit(text, sentence.start, sentence.end)) return false;
  // A vague time ("soon") is reported by the vague-follow-up check instead.
  return !hasKind(sentenceHits(text, sentence, known), VOCAB.future, true);
}

/** "soon", "ASAP", "जल्द ही", "শীঘ্রই" with no concrete time (digits, a day, an hour) in the sentence. */
export function isVagueFollowUp(text: string, hit: Span, from: number, to: number, known?: VocabHits): boolean {
  const sentence = clauseAround(text, hit.start, hit.end, from, to);
  if (hasDigit(text, sentence.start, sentence.end)) return false;
  const { data: d, length: n } = sentenceHits(text, sentence, known);
  // A time word inside a vague span ("days" in "in the coming days") is part of the vagueness.
  for (let k = 0; k < n; k++) {
    if (d[3 * k] !== VOCAB.time) continue;
    let inVague = false;
    for (let j = 0; j < n && !inVague; j++) inVague = d[3 * j] === VOCAB.vague && d[3 * j + 1] <= d[3 * k + 1] && d[3 * k + 2] <= d[3 * j + 2];
    if (!inVague) return false;
  }
  return true;
}

/** Future verb endings: Hindi -गा/-गी/-गे, Bengali -ব/-বে, and romanised Hindi (jayega, karenge, karunga). */
const INDIC_FUTURE = /(?:गा|गी|गे|ব|বো|বে|বেন|ega|egi|enge|unga|ungi)$/u;

/** "immediately" / "तुरंत" about something still to be done: a future verb in the same sentence. */
export function isInstantPromise(text: string, hit: Span, from: number, to: number, known?: VocabHits): boolean {
  const sentence = sentenceAround(text, hit.start, hit.end, from, to);
  if (hasKind(sentenceHits(text, { start: sentence.start, end: hit.start }, known), VOCAB.future)) return true;
  return tokenize(text, sentence.start, sentence.end).some((t) => INDIC_FUTURE.test(t.norm));
}

// ---- document checks -------------------------------------------------------------------------------

export interface SalutationInfo {
  /** The greeting phrase ("Hi", "Good morning"). */
  greeting: Span;
  /** From the greeting to the end of the salutation (before ",", "!", ":" or the line end). */
  salutation: Span;
  /** Words after the greeting other than generic addressees ("there", "team", "customer"). */
  nameWords: string[];
  line: Span;
}

let docTrie: PhraseTrie | undefined;
function documentTrie(): PhraseTrie {
  if (!docTrie) {
    docTrie = new PhraseTrie();
    addVocabulary(docTrie, ['greeting', 'addressee', 'thanks', 'businessIntro']);
  }
  return docTrie;
}

function hitsOf(text: string, from: number, to: number, kind: number): Span[] {
  const trie = documentTrie();
  const out: Span[] = [];
  trie.scan(text, from, to, (id, start, end) => { if (trie.entries[id].payload === kind) out.push({ start, end }); });
  return out;
}

/** Reads the salutation on line [ls, le) if the line starts with a greeting. */
export function readSalutation(text: string, ls: number, le: number): SalutationInfo | undefined {
  const cs = contentStart(text, ls, le);
  const greetings = hitsOf(text, cs, le, VOCAB.greeting).filter((g) => g.start === cs);
  if (greetings.length === 0) return undefined;
  const greeting = greetings.reduce((a, b) => (b.end > a.end ? b : a));
  let stop = greeting.end;
  while (stop < le) {
    const ch = text[stop];
    if (ch === '.' && /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|st|prof)$/iu.test(text.slice(Math.max(greeting.end, stop - 5), stop))) { stop++; continue; }
    if (/[,!:;.।\n—–(]/u.test(ch)) break;
    stop++;
  }
  let nameEnd = stop;
  while (nameEnd > greeting.end && /\s/.test(text[nameEnd - 1])) nameEnd--;
  const addressees = hitsOf(text, greeting.end, nameEnd, VOCAB.addressee);
  const words = tokenize(text, greeting.end, nameEnd)
    .filter((t) => !addressees.some((a) => t.start >= a.start && t.end <= a.end))
    .map((t) => t.norm);
  return { greeting, salutation: { start: greeting.start, end: nameEnd }, nameWords: words, line: { start: ls, end: le } };
}

export function containsName(text: string, span: Span, name: string): boolean {
  const nameTokens = tokenize(name).map((t) => t.norm);
  if (nameTokens.length === 0) return true;
  const words = new Set(tokenize(text, span.start, span.end).map((t) => t.norm));
  return nameTokens.some((t) => words.has(t));
}

export function thanksIn(text: string, from: number, to: number): Span[] {
  return hitsOf(text, from, to, VOCAB.thanks);
}

/** "Thanks for contacting …", "welcome to …", "… से संपर्क करने के लिए धन्यवाद": the opening names the business. */
export function introducesBusiness(text: string, from: number, to: number): boolean {
  return hitsOf(text, from, to, VOCAB.businessIntro).length > 0;
}

/** Signature lines under a sign-off ("Arjun Nair" / "Senior Support Specialist" / "PayKaro" / phone / hours). */
const MAX_SIGNATURE_LINES = 6;

/**
 * Index in `lines` of the sign-off ("Warm regards,", "धन्यवाद सहित,"): the nearest line ending in a comma
 * above a block of short signature lines (name, title, company, phone, hours), else the last line.
 */
export function signOffIndex(text: string, lines: readonly Span[]): number {
  const last = lines.length - 1;
  for (let k = last; k >= Math.max(1, last - MAX_SIGNATURE_LINES); k--) {
    const line = text.slice(lines[k].start, lines[k].end).trim();
    const words = line.split(/\s+/).length;
    if (/[,،]$/u.test(line) && words <= 5) return k;
    // A signature line is short and is no sentence; anything else means there is no sign-off block.
    if (words > 6 || /[.!?।]$/u.test(line)) break;
  }
  return last;
}

/** Words of a signature that name a role or a department, not a business ("Support Team", "Billing"). */
const GENERIC_SIGNATURE_WORDS = new Set([
  'the', 'and', 'of', 'team', 'support', 'customer', 'customers', 'care', 'service', 'services', 'desk', 'help', 'helpdesk',
  'billing', 'department', 'dept', 'ltd', 'inc', 'llc', 'pvt', 'limited', 'co', 'agent', 'specialist', 'manager', 'senior',
  'lead', 'executive', 'officer', 'representative', 'advisor', 'adviser', 'desk', 'helpline', 'hotline', 'online',
  'टीम', 'सपोर्ट', 'ग्राहक', 'सेवा', 'विभाग', 'हेल्पडेस्क', 'हेल्पलाइन', 'प्रतिनिधि', 'एजेंट', 'प्रबंधक', 'ऑनलाइन',
  'টিম', 'সাপোর্ট', 'গ্রাহক', 'সেবা', 'পরিষেবা', 'বিভাগ', 'হেল্পডেস্ক', 'হেল্পলাইন', 'প্রতিনিধি', 'এজেন্ট', 'অনলাইন',
].map((w) => normalizeWords(w)));

/**
 * Words that likely name the business, read from the signature under the sign-off when no company name is
 * configured: "Milo, Oakhaven Furniture" → oakhaven, furniture; "Clearbrook Water Billing" → clearbrook, water.
 * Signature lines are short and are no sentences; on "Agent, Company" lines only the part after the comma counts.
 */
export function signatureBusinessWords(text: string, lines: readonly Span[], signOff: number): string[] {
  const sig = signOff < lines.length - 1 ? lines.slice(signOff + 1) : lines.slice(-1);
  const out: string[] = [];
  for (const l of sig) {
    const line = text.slice(l.start, l.end).trim();
    if (line.split(/\s+/).length > 6 || /[.!?।:]$/u.test(line) || /[.!?।]\s/u.test(line)) continue;
    const comma = line.search(/[,،]/u);
    const from = comma >= 0 ? l.start + text.slice(l.start, l.end).search(/[,،]/u) + 1 : l.start;
    for (const t of tokenize(text, from, l.end)) {
      if (!GENERIC_SIGNATURE_WORDS.has(t.norm) && !/^\d+$/.test(t.norm) && [...t.norm].length >= 2) out.push(t.norm);
    }
  }
  return out;
}

/**
 * Whether a line names one of the signature's business words outside [skipFrom, skipTo) (the salutation): whole
 * words, or words that carry a case ending ("উড়ান এয়ারলাইন্সে" names "উড়ান এয়ারলাইন্স").
 */
export function namesSignatureBusiness(text: string, line: Span, words: readonly string[], skipFrom: number, skipTo: number): boolean {
  if (words.length === 0) return false;
  return tokenize(text, line.start, line.end).some((t) => (t.end <= skipFrom || t.start >= skipTo)
    && words.some((w) => t.norm === w || ([...w].length >= 3 && t.norm.startsWith(w) && [...t.norm].length - [...w].length <= 3)));
}

export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
