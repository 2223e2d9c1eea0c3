import * as assert from 'node:assert/strict';
import { isStopWord, normalize, queryKeys, romanize, stem, tokenize, translitKey, words } from '../../../src/core/search/text';

describe('search text: normalisation', () => {
  it('applies NFC and case folding', () => {
    assert.equal(normalize('Cafe\u0301'), 'cafe'); // Latin diacritics fold
    assert.equal(normalize('REFUND'), 'refund');
    assert.equal(normalize('क\u093c'), normalize('\u0958')); // precomposed and decomposed qa
  });

  it('folds Devanagari nukta, chandrabindu/anusvara and candra vowels', () => {
    assert.equal(normalize('रिफ़ंड'), normalize('रिफंड'));
    assert.equal(normalize('ज़रूरत'), normalize('जरूरत'));
    assert.equal(normalize('हाँ'), normalize('हां'));
    assert.equal(normalize('ऑर्डर'), normalize('ओर्डर'));
    assert.equal(normalize('চাঁদ'), normalize('চাংদ'));
  });

  it('keeps Bengali ড়/ড and য়/য apart (different letters), in either encoding', () => {
    assert.notEqual(normalize('বাড়ি'), normalize('বাডি'));
    assert.equal(normalize('\u09dc'), normalize('\u09a1\u09bc'));
  });

  it('removes ZWJ, ZWNJ and soft hyphens', () => {
    assert.equal(normalize('क्\u200dष'), normalize('क्ष'));
    assert.equal(normalize('র\u200c্যাব'), normalize('র্যাব'));
    assert.equal(normalize('re\u00adfund'), 'refund');
  });
});

describe('search text: tokenisation', () => {
  it('keeps combining marks with their letters in Hindi and Bengali', () => {
    assert.deepEqual(words('रिफ़ंड की स्थिति।'), ['रिफंड', 'की', 'स्थिति']);
    assert.deepEqual(words('টাকা ফেরত, কবে পাবো?'), ['টাকা', 'ফেরত', 'কবে', 'পাবো']);
  });

  it('reports offsets in the original text, even where normalisation changes lengths', () => {
    const text = 'Hi, क\u093cीमत and ক্\u200dষমা!';
    for (const t of tokenize(text)) {
      assert.equal(normalize(text.slice(t.start, t.end)), t.norm);
    }
    assert.deepEqual(tokenize(text).map((t) => t.norm), ['hi', 'कीमत', 'and', 'ক্ষমা']);
  });

  it('normalises each token the same way on every call, however many distinct tokens it has seen', () => {
    // tokenize() remembers the normal forms of the tokens it met (and forgets them in bulk).
    const letters = ['क', 'ख़', 'ঁ', 'ড়', 'É', 'ऑ', '\u200d', 'ম'];
    const text = Array.from({ length: 9000 }, (_, i) => letters[i % 8] + letters[(i >> 3) % 8] + letters[(i >> 6) % 8] + i.toString(36)).join(' ');
    for (let pass = 0; pass < 2; pass++) {
      for (const t of tokenize(text)) assert.equal(t.norm, normalize(text.slice(t.start, t.end)));
    }
  });

  it('joins English contractions and splits on punctuation', () => {
    assert.deepEqual(words("Don't worry—customer's order #123 (e-mail)"), ['dont', 'worry', 'customers', 'order', '123', 'e', 'mail']);
  });

  it('has small stop-word lists in three languages', () => {
    for (const w of ['the', 'is', 'का', 'है', 'এবং']) assert.ok(isStopWord(normalize(w)), w);
    for (const w of ['refund', 'not', 'no', 'नहीं', 'না']) assert.ok(!isStopWord(normalize(w)), w);
  });
});

describe('search text: English stemming', () => {
  const same = [
    ['refund', 'refunds', 'refunded', 'refunding'],
    ['ship', 'ships', 'shipping', 'shipped'],
    ['charge', 'charges', 'charged', 'charging'],
    ['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling'],
    ['delivery', 'deliveries'],
    ['apply', 'applies', 'applied', 'applying'],
    ['box', 'boxes'],
  ];
  for (const group of same) {
    it(`maps ${group.join(', ')} together`, () => {
      assert.equal(new Set(group.map(stem)).size, 1, group.map(stem).join(' '));
    });
  }
  it('is conservative with short words and look-alikes', () => {
    for (const w of ['status', 'address', 'need', 'speed', 'thing', 'bus', 'is', 'otp']) assert.ok(stem(w).length >= Math.min(3, w.length), w);
    assert.equal(stem('status'), 'status');
    assert.equal(stem('thing'), 'thing');
    assert.equal(stem('need'), 'need');
    assert.notEqual(stem('order'), stem('ordinary'));
  });
});

describe('search text: transliteration keys (Hinglish / Banglish)', () => {
  const pairs: Array<[string, string]> = [
    ['paisa', 'पैसा'], ['paise', 'पैसे'], ['wapas', 'वापस'], ['vapas', 'वापस'], ['order', 'ऑर्डर'], ['kab', 'कब'],
    ['aayega', 'आएगा'], ['ayega', 'आएगा'], ['refund', 'रिफंड'], ['refund', 'रिफ़ंड'], ['milega', 'मिलेगा'], ['nahi', 'नहीं'],
    ['nahin', 'नहीं'], ['mein', 'में'], ['cancel', 'कैंसल'], ['delivery', 'डिलीवरी'], ['password', 'पासवर्ड'],
    ['kaise', 'कैसे'], ['shukriya', 'शुक्रिया'], ['dhanyawad', 'धन्यवाद'], ['samay', 'समय'], ['company', 'कंपनी'],
    ['account', 'अकाउंट'], ['kharab', 'खराब'], ['phone', 'फ़ोन'], ['kahan', 'कहाँ'], ['galat', 'गलत'], ['saman', 'सामान'],
    ['taka', 'টাকা'], ['ferot', 'ফেরত'], ['kobe', 'কবে'], ['pabo', 'পাবো'], ['amar', 'আমার'], ['order', 'অর্ডার'],
    ['dhonnobad', 'ধন্যবাদ'], ['jabe', 'যাবে'], ['bari', 'বাড়ি'], ['delivery', 'ডেলিভারি'], ['account', 'অ্যাকাউন্ট'],
    ['kothay', 'কোথায়'], ['bhul', 'ভুল'], ['bhule', 'ভুলে'], ['gechi', 'গেছি'], ['khata', 'খাতা'], ['bill', 'বিল'],
  ];
  for (const [latin, native] of pairs) {
    it(`"${latin}" finds "${native}"`, () => {
      const key = translitKey(normalize(native));
      assert.ok(key.length > 0);
      assert.ok(queryKeys(normalize(latin)).includes(key), `${queryKeys(normalize(latin)).join('|')} vs ${key}`);
    });
  }

  it('keeps clearly different words apart', () => {
    const differ: Array<[string, string]> = [['paisa', 'वापस'], ['kab', 'पैसा'], ['taka', 'কবে'], ['refund', 'डिलीवरी'], ['order', 'टाका']];
    for (const [latin, native] of differ) assert.ok(!queryKeys(normalize(latin)).includes(translitKey(normalize(native))), `${latin} ~ ${native}`);
  });

  it('romanises with inherent vowels and schwa deletion', () => {
    assert.equal(romanize('कब'), 'kab');
    assert.equal(romanize('वापस'), 'vaapas');
    assert.equal(romanize('টাকা'), 'taka');
  });

  it('is deterministic and never throws on odd input', () => {
    for (const w of ['', '123', '।', '्', 'ঁ', 'x\u200d', '😀', 'ক্ষ']) {
      assert.equal(translitKey(normalize(w)), translitKey(normalize(w)));
    }
    assert.equal(translitKey('123'), '');
  });
});
