import assert from 'node:assert/strict';
import { detectLanguage, draftLanguage, normaliseLanguage } from '../../../src/core/drafts/language';

describe('detectLanguage', () => {
  const cases: [string, 'en' | 'hi' | 'bn' | undefined][] = [
    ['Hello Priya, your order has shipped and should arrive on Monday.', 'en'],
    ['नमस्ते प्रिया जी, आपका ऑर्डर भेज दिया गया है।', 'hi'],
    ['নমস্কার প্রিয়া, আপনার অর্ডার পাঠানো হয়েছে।', 'bn'],
    // Indic prose with English product words and order numbers is still Indic.
    ['आपका order A-1001 ship हो गया है, tracking link जल्द मिलेगा।', 'hi'],
    ['আপনার refund request আমরা পেয়েছি, ৩ দিনের মধ্যে টাকা ফেরত যাবে।', 'bn'],
    // English prose that names a customer in Devanagari is English.
    ['Hello प्रिया, thank you for contacting us about your recent order and the delayed refund.', 'en'],
    // Hinglish.
    ['Aapka order ship ho gaya hai, kripya 2 din wait karein.', 'hi'],
    ['Humein khed hai ki aapko pareshani hui.', 'hi'],
    // English with an occasional Hindi word stays English.
    ['Thanks Rahul ji, we have refunded your order.', 'en'],
    ['Please see the attached invoice.', 'en'],
    ['', undefined],
    ['12345 !!! ...', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text.slice(0, 40))} → ${expected}`, () => assert.equal(detectLanguage(text), expected));
  }

  it('ignores the header, code, URLs, e-mail addresses and placeholders', () => {
    const text = [
      '---', 'customer: Some Long English Name Here', 'note: many english words in the header', '---',
      'आपका ऑर्डर भेज दिया गया है।',
      'https://example.com/a/very/long/english/path/for/tracking/your/parcel',
      'support-team-address@example.com',
      '```', 'const somethingLong = "english words inside a code block";', '```',
      '`inlineCodeWithEnglish` {{customer.firstName | "there"}}',
    ].join('\n');
    assert.equal(detectLanguage(text), 'hi');
  });
});

describe('draftLanguage', () => {
  it('prefers the header, then detection, then the default', () => {
    assert.equal(draftLanguage('---\nlang: bn\n---\nHello there, how are you?', 'en'), 'bn');
    assert.equal(draftLanguage('---\nlang: Hindi\n---\nHello', 'en'), 'hi');
    assert.equal(draftLanguage('---\ncustomer: X\n---\nনমস্কার, কেমন আছেন?', 'en'), 'bn');
    assert.equal(draftLanguage('---\nlang: ???\n---\nनमस्ते, आप कैसे हैं?', 'en'), 'hi');
    assert.equal(draftLanguage('', 'bn'), 'bn');
    assert.equal(draftLanguage('42', 'hi'), 'hi');
  });

  it('normalises language tags and names', () => {
    assert.equal(normaliseLanguage(' HI '), 'hi');
    assert.equal(normaliseLanguage('en_gb'), 'en-GB');
    assert.equal(normaliseLanguage('বাংলা'), 'bn');
    assert.equal(normaliseLanguage('हिन्दी'), 'hi');
    assert.equal(normaliseLanguage('not a language'), undefined);
    assert.equal(normaliseLanguage(''), undefined);
  });
});
