import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SearchIndex, mostFrequent } from '../../../src/core/search/index';
import type { SearchDoc } from '../../../src/core/search/types';

const DOCS: SearchDoc[] = [
  { id: 'refund-status', kind: 'template', title: 'Refund status update', tags: ['refund', 'billing'], lang: 'en', pack: 'core',
    body: 'Hi {{customer.firstName}}, your refund was processed today and will reach your account in 5-7 working days.' },
  { id: 'refund-policy', kind: 'article', title: 'Refund policy', tags: ['refund', 'policy'], lang: 'en', pack: 'core',
    body: '## Who can get a refund\n\nItems returned within **30 days** are refunded in full. Shipping fees are not refunded.' },
  { id: 'shipping-delay', kind: 'template', title: 'Shipping delay apology', tags: ['shipping', 'delay'], lang: 'en', pack: 'core',
    body: 'We are sorry your parcel is late. The courier has a delay in your area and expects to deliver it this week.' },
  { id: 'password-reset', kind: 'article', title: 'Reset your password', tags: ['account', 'login'], lang: 'en', pack: 'core',
    body: 'Open [Settings](https://example.com/settings), choose **Security** and select *Reset password*.' },
  { id: 'invoice', kind: 'template', title: 'Invoice request', tags: ['invoice', 'billing'], lang: 'en', pack: 'team',
    body: 'Please find your invoice attached. Let us know if you need a GST invoice instead.' },
  { id: 'hi-refund', kind: 'template', title: 'पैसा वापस की स्थिति', tags: ['रिफ़ंड'], lang: 'hi', pack: 'core',
    body: 'नमस्ते, आपका पैसा वापस आपके खाते में 5-7 दिनों में आ जाएगा।' },
  { id: 'hi-order', kind: 'template', title: 'ऑर्डर कब आएगा', tags: ['डिलीवरी'], lang: 'hi', pack: 'core',
    body: 'आपका ऑर्डर जल्द ही आएगा। कूरियर का ट्रैकिंग लिंक देखें।' },
  { id: 'bn-refund', kind: 'template', title: 'টাকা ফেরত কবে পাবো', tags: ['রিফান্ড'], lang: 'bn', pack: 'core',
    body: 'আপনার টাকা ফেরত ৫-৭ দিনের মধ্যে আপনার অ্যাকাউন্টে পৌঁছাবে।' },
  { id: 'bn-order', kind: 'article', title: 'অর্ডার ট্র্যাক করুন', tags: ['ট্র্যাকিং'], lang: 'bn', pack: 'core',
    body: 'আপনার অর্ডার কোথায় আছে জানতে ট্র্যাকিং লিংক খুলুন।' },
];

function ids(ix: SearchIndex, q: string, opts = {}): string[] {
  return ix.search(q, opts).map((r) => r.id);
}

describe('SearchIndex', () => {
  let ix: SearchIndex;
  beforeEach(() => {
    ix = new SearchIndex();
    ix.addAll(DOCS);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    assert.deepEqual(ix.search(''), []);
    assert.deepEqual(ix.search('   '), []);
    assert.deepEqual(ix.search('?!,'), []);
  });

  it('matches the word being typed as a prefix, keystroke by keystroke', () => {
    for (const q of ['r', 're', 'ref', 'refu', 'refun', 'refund']) {
      assert.ok(['refund-status', 'refund-policy'].includes(ids(ix, q)[0]), `${q} → ${ids(ix, q)}`);
    }
    assert.equal(ids(ix, 'shipping del')[0], 'shipping-delay');
    assert.equal(ids(ix, 'inv')[0], 'invoice');
  });

  it('matches prefixes inside Hindi and Bengali words', () => {
    assert.equal(ids(ix, 'ऑर्ड')[0], 'hi-order');
    assert.equal(ids(ix, 'ট্র্যা')[0], 'bn-order');
  });

  it('completes an unknown finished word as an abbreviation, but weaker than the word itself', () => {
    assert.equal(ids(ix, 'acc reset')[0], 'password-reset');
    const typed = ix.search('policy')[0];
    const abbreviated = ix.search('pol ')[0];
    assert.equal(abbreviated.id, 'refund-policy');
    assert.ok(abbreviated.score < typed.score);
  });

  it('tolerates one typo in words of 4-7 letters and two in longer words, none below 4', () => {
    assert.equal(ids(ix, 'refnud')[0].startsWith('refund'), true); // swap
    assert.equal(ids(ix, 'pasword')[0], 'password-reset'); // deletion
    assert.equal(ids(ix, 'invoise')[0], 'invoice'); // substitution
    assert.equal(ids(ix, 'shiping delai')[0], 'shipping-delay');
    assert.equal(ids(ix, 'pasworrd resett')[0], 'password-reset'); // 2 edits in an 8+ letter word
    assert.ok(ids(ix, 'xefund ').length > 0); // 1 edit, 6 letters
    assert.deepEqual(ids(ix, 'pqxicy '), []); // 2 edits in a 6-letter word: too far
    assert.deepEqual(ids(ix, 'gsx '), []); // "gst" with a typo: 3 letters, no tolerance
    assert.equal(ids(ix, 'gst ')[0], 'invoice');
  });

  it('ranks title matches above body matches and whole-query matches above partial ones', () => {
    assert.equal(ids(ix, 'refund policy')[0], 'refund-policy');
    assert.equal(ids(ix, 'refund status')[0], 'refund-status');
    // "courier" is only in a body; "delay" in that document's title
    assert.equal(ids(ix, 'courier delay')[0], 'shipping-delay');
  });

  it('finds Hindi and Bengali items from Latin-letter queries (transliteration keys)', () => {
    assert.equal(ids(ix, 'paisa wapas')[0], 'hi-refund');
    assert.equal(ids(ix, 'order kab aayega')[0], 'hi-order');
    assert.equal(ids(ix, 'taka ferot')[0], 'bn-refund');
    assert.equal(ids(ix, 'order kothay')[0], 'bn-order');
  });

  it('tells Hindi from Bengali in Latin letters by which script the other words belong to', () => {
    const both = new SearchIndex();
    both.addAll([
      { id: 'bn-payment', kind: 'template', title: 'পেমেন্ট ফেল', tags: [], lang: 'bn', pack: 'core', body: 'আপনার পেমেন্ট ফেল হয়েছে।' },
      { id: 'hi-payment', kind: 'template', title: 'पेमेंट फ़ेल', tags: [], lang: 'hi', pack: 'core', body: 'आपका पेमेंट फ़ेल हुआ।' },
      { id: 'hi-login', kind: 'template', title: 'लॉगिन नहीं हो रहा', tags: [], lang: 'hi', pack: 'core', body: 'लॉगिन नहीं हो रहा तो पासवर्ड बदलें।' },
      { id: 'bn-login', kind: 'template', title: 'লগইন হচ্ছে না', tags: [], lang: 'bn', pack: 'core', body: 'লগইন হচ্ছে না হলে আবার চেষ্টা করুন।' },
    ]);
    // "payment fail" matches both payment items alike; "cheshta" (চেষ্টা) is a Bengali word, "ho raha" Hindi,
    // though neither is in a payment item.
    const order = (q: string) => both.search(q).map((r) => r.id).filter((id) => id.endsWith('payment'));
    assert.deepEqual(order('payment fail cheshta'), ['bn-payment', 'hi-payment']);
    // A doubled ch written "cch" is one: "hocche" finds "হচ্ছে".
    assert.equal(both.search('login hocche')[0]?.id, 'bn-login');
    assert.deepEqual(order('payment fail ho raha'), ['hi-payment', 'bn-payment']);
  });

  it('prefers the script the agent is typing in', () => {
    assert.equal(ids(ix, 'refund')[0].startsWith('refund'), true);
    assert.equal(ids(ix, 'টাকা ফেরত')[0], 'bn-refund');
  });

  it('applies built-in synonyms, including multi-word phrases', () => {
    assert.ok(['refund-status', 'refund-policy'].includes(ids(ix, 'money back')[0]));
    assert.equal(ids(ix, 'bill')[0], 'invoice');
  });

  it('applies pack synonyms and forgets them when cleared', () => {
    assert.equal(ids(ix, 'wismo').length, 0);
    ix.setSynonyms('pack:core', { tracking: ['wismo'], shipping: ['where is my parcel'] });
    ix.add({ id: 'track', kind: 'article', title: 'Order tracking', tags: [], body: 'Use the tracking link.', lang: 'en', pack: 'core' });
    assert.equal(ids(ix, 'wismo')[0], 'track');
    assert.equal(ids(ix, 'where is my parcel')[0], 'shipping-delay');
    ix.setSynonyms('pack:core', undefined);
    assert.equal(ids(ix, 'wismo').length, 0);
  });

  it('filters by language, kind, tags and pack', () => {
    assert.deepEqual(new Set(ix.search('refund', { lang: 'en' }).map((r) => r.lang)), new Set(['en']));
    assert.deepEqual(ids(ix, 'refund', { kind: 'article' }), ['refund-policy']);
    assert.deepEqual(ids(ix, 'billing', { tags: ['Invoice'] }), ['invoice']);
    assert.deepEqual(ids(ix, 'gst', { packs: ['core'] }), []);
    assert.deepEqual(ids(ix, 'gst', { packs: ['team'] }), ['invoice']);
    assert.equal(ix.search('refund', { limit: 1 }).length, 1);
  });

  it('adds, replaces and removes documents incrementally', () => {
    ix.add({ id: 'gift', kind: 'template', title: 'Gift card balance', tags: ['gift'], body: 'Your gift card balance is shown at checkout.', lang: 'en', pack: 'team' });
    assert.equal(ids(ix, 'gift card')[0], 'gift');
    ix.add({ id: 'gift', kind: 'template', title: 'Voucher balance', tags: [], body: 'Balance shown at checkout.', lang: 'en', pack: 'team' });
    assert.deepEqual(ids(ix, 'gift card'), []);
    assert.equal(ids(ix, 'voucher')[0], 'gift');
    assert.equal(ix.remove('gift'), true);
    assert.equal(ix.remove('gift'), false);
    assert.deepEqual(ids(ix, 'voucher balance'), []);
    assert.equal(ix.size, DOCS.length);
  });

  it('keeps templates and articles with the same id apart', () => {
    ix.add({ id: 'refund-status', kind: 'article', title: 'Where is my refund', tags: [], body: 'Refunds take a week.', lang: 'en', pack: 'core' });
    assert.equal(ix.size, DOCS.length + 1);
    assert.equal(ix.get('refund-status', 'article')?.title, 'Where is my refund');
    ix.remove('refund-status', 'article');
    assert.equal(ix.get('refund-status')?.kind, 'template');
  });

  it('replaces a whole pack', () => {
    ix.replace('team', [{ id: 'sla', kind: 'article', title: 'Response times', tags: [], body: 'We reply within a day.', lang: 'en', pack: 'team' }]);
    assert.deepEqual(ids(ix, 'invoice', { packs: ['team'] }), []);
    assert.equal(ids(ix, 'response times')[0], 'sla');
  });

  it('stays correct after many removals (compaction)', () => {
    const big = new SearchIndex();
    for (let i = 0; i < 300; i++) big.add({ id: `d${i}`, kind: 'template', title: `Topic ${i} alpha`, tags: [], body: `body ${i}`, lang: 'en', pack: 'p' });
    for (let i = 0; i < 250; i++) big.remove(`d${i}`);
    assert.equal(big.size, 50);
    const found = big.search('alpha', { limit: 100 }).map((r) => r.id);
    assert.equal(found.length, 50);
    assert.ok(found.every((id) => Number(id.slice(1)) >= 250));
    big.add({ id: 'new', kind: 'article', title: 'Beta alpha', tags: [], body: '', lang: 'en', pack: 'p' });
    assert.equal(big.search('beta')[0].id, 'new');
  });

  it('uses boostIds only to break near-ties', () => {
    const tie = new SearchIndex();
    for (const id of ['a', 'b', 'c']) tie.add({ id, kind: 'template', title: 'Same title', tags: [], body: 'same body', lang: 'en', pack: 'p' });
    tie.add({ id: 'strong', kind: 'template', title: 'Same title same', tags: ['same'], body: 'same same same', lang: 'en', pack: 'p' });
    const boosted = tie.search('same', { boostIds: new Map([['c', 1], ['b', 0.5]]) }).map((r) => r.id);
    assert.equal(boosted[0], 'strong'); // a favourite never beats a clearly better match
    assert.deepEqual(boosted.slice(1), ['c', 'b', 'a']);
  });

  it('highlights matched title words and typed prefixes with correct offsets', () => {
    const [r] = ix.search('refund stat');
    assert.equal(r.id, 'refund-status');
    assert.deepEqual(r.highlights.title.map(([s, e]) => r.title.slice(s, e)), ['Refund', 'stat']);
    const [h] = ix.search('paisa wapas');
    assert.deepEqual(h.highlights.title.map(([s, e]) => h.title.slice(s, e)), ['पैसा', 'वापस']);
  });

  it('builds a short plain-text excerpt around the best body match', () => {
    const long: SearchDoc = {
      id: 'long', kind: 'article', title: 'Everything about accounts', tags: [], lang: 'en', pack: 'p',
      body: `${'Intro text about many unrelated things. '.repeat(12)}To **close** your account, open settings and choose close account. ${'More filler text here. '.repeat(10)}`,
    };
    ix.add(long);
    const r = ix.search('close account').find((x) => x.id === 'long')!;
    assert.ok(r.excerpt.text.length <= 170, r.excerpt.text);
    assert.ok(r.excerpt.text.startsWith('…'));
    assert.ok(!r.excerpt.text.includes('**'));
    const marked = r.excerpt.highlights.map(([s, e]) => r.excerpt.text.slice(s, e).toLowerCase());
    assert.ok(marked.includes('close') && marked.includes('account'), marked.join(','));
  });

  it('suggests a corrected query and close titles when nothing matches', () => {
    assert.deepEqual(ix.search('pasworrdd ressset '), []);
    const s = ix.suggest('pasworrdd ressset');
    assert.equal(s[0].kind, 'query');
    assert.equal(s[0].text, 'password reset');
    assert.ok(s.some((x) => x.kind === 'title' && x.id === 'password-reset'));
  });

  it('never throws on odd queries and returns valid highlight ranges (property)', () => {
    const odd = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('\u0000', '\ud800x', '👩‍👩‍👧 refund', 'ר'.repeat(50), 'ab'.repeat(500), '्ं', '{{customer.name}}'));
    fc.assert(fc.property(odd, (q) => {
      for (const r of ix.search(q)) {
        for (const [a, b] of r.highlights.title) assert.ok(0 <= a && a < b && b <= r.title.length);
        for (const [a, b] of r.excerpt.highlights) assert.ok(0 <= a && a < b && b <= r.excerpt.text.length);
      }
      ix.suggest(q);
    }), { numRuns: 200 });
  });

  it('pruned search ranks exactly like a full evaluation of every document (property)', function () {
    this.timeout(60000);
    // A corpus large and repetitive enough that pruning starts (hundreds of candidates per word).
    const vocab = ['refund', 'order', 'delivery', 'account', 'password', 'invoice', 'late', 'cancel', 'payment', 'money',
      'back', 'return', 'courier', 'status', 'update', 'policy', 'reset', 'login', 'plan', 'billing', 'रिफंड', 'ऑर्डर', 'টাকা'];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pick = () => vocab[Math.floor(vocab.length * rand() ** 2)];
    const phrase = (n: number) => Array.from({ length: n }, pick).join(' ');
    const corpus: SearchDoc[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `d${i}`, kind: i % 3 ? 'template' : 'article', title: phrase(2 + (i % 4)), tags: [pick()], body: phrase(10 + (i % 30)),
      lang: i % 5 === 0 ? 'hi' : 'en', pack: `p${i % 3}`,
    }));
    const pruned = new SearchIndex();
    const full = new SearchIndex();
    pruned.addAll(corpus);
    full.addAll(corpus);
    // With no k-th best score known, the full index never prunes.
    (full as unknown as { kthScore: () => number }).kthScore = () => 0;
    let prunes = 0;
    const spy = pruned as unknown as { prune: (...args: unknown[]) => unknown };
    const prune = spy.prune.bind(pruned);
    spy.prune = (...args: unknown[]) => { prunes++; return prune(...args); };
    const query = fc.tuple(fc.array(fc.constantFrom(...vocab, 'the', 'and', 'refnud', 'pasword', 'ref', 'ac', 'paisa'), { minLength: 1, maxLength: 5 }), fc.boolean())
      .map(([ws, typing]) => ws.join(' ') + (typing ? '' : ' '));
    const options = fc.constantFrom({}, { limit: 5 }, { lang: 'en' }, { kind: 'article' as const, limit: 3 }, { packs: ['p1'] });
    fc.assert(fc.property(query, options, (q, opts) => {
      assert.deepEqual(pruned.search(q, opts), full.search(q, opts), q);
    }), { numRuns: 300 });
    assert.ok(prunes > 0, 'pruning never started: the test corpus is too small');
  });

  it('picks the most frequent completions exactly as a stable sort would (property)', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.tuple(fc.nat(50), fc.double({ noNaN: true })), { selector: (e) => e[0], maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (entries, k) => {
      const found = new Map(entries);
      const freq = (t: number) => (t * 7) % 5; // many ties
      const sorted = [...found].sort((a, b) => freq(b[0]) - freq(a[0])).slice(0, k);
      assert.deepEqual(mostFrequent(found, freq, k), sorted);
    }), { numRuns: 300 });
  });
});
