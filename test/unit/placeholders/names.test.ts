import assert from 'node:assert/strict';
import { firstName } from '../../../src/core/placeholders/names';

describe('firstName', () => {
  const cases: [input: string, expected: string | undefined, lang?: string][] = [
    // English
    ['Priya Sharma', 'Priya'],
    ['  Priya    Sharma  ', 'Priya'],
    ['Priya', 'Priya'],
    ['Mr. John Smith', 'John'],
    ['Dr.Priya Sharma', 'Priya'],
    ['Prof Anita Desai', 'Anita'],
    ['Mrs Sharma', undefined], // a title and one word: a surname, not a first name
    ['Sharma, Priya', 'Priya'],
    ['Kalam, A. P. J. Abdul', 'Abdul'],
    ['John Smith, Jr.', 'John'],
    ['Priya Sharma, PhD', 'Priya'],
    ['A. P. J. Abdul Kalam', 'Abdul'],
    ['A.P.J. Abdul Kalam', 'Abdul'],
    ['K. R. Narayanan', undefined], // initials and a surname
    ['AP Sharma', undefined],
    ['J. K.', undefined],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['Mary-Jane Watson', 'Mary-Jane'],
    ["Siobhan O'Neill", 'Siobhan'],
    ['PRIYA SHARMA', 'Priya'],
    ['priya sharma', 'Priya'],
    ['jean-luc picard', 'Jean-Luc'],
    ['Robert "Bob" Smith', 'Robert'],
    ['Priya Sharma (VIP)', 'Priya'],
    ['Md. Rahim Uddin', 'Rahim'],
    ['Mohammad Rafi', 'Mohammad'],
    ['Rahul ji', 'Rahul'],
    ['Rahul-ji', 'Rahul'],
    ['Shri Ram Prasad', 'Ram'],
    ['Smt. Kamala Devi', 'Kamala'],
    ['Rahul da', 'Rahul', 'bn'],
    ['Maria da', 'Maria', 'bn'],
    // Hindi, as typed
    ['प्रिया शर्मा', 'प्रिया'],
    ['श्रीमती प्रिया शर्मा', 'प्रिया'],
    ['डॉ. राजेश कुमार', 'राजेश'],
    ['राहुल जी', 'राहुल'],
    ['सुश्री अनीता', undefined],
    ['के. आर. नारायणन', undefined],
    ['ए. पी. जे. अब्दुल कलाम', 'अब्दुल'],
    // Bengali, as typed
    ['প্রিয়া সেন', 'প্রিয়া'],
    ['শ্রীমতী প্রিয়া সেন', 'প্রিয়া'],
    ['ডাঃ অমিত রায়', 'অমিত'],
    ['ডা. অমিত রায়', 'অমিত'],
    ['জনাব রহিম উদ্দিন', 'রহিম'],
    ['মোঃ রহিম উদ্দিন', 'রহিম'],
    ['সৌরভ বাবু', 'সৌরভ'],
    ['রাহুল দা', 'রাহুল'],
    // Not names
    ['priya.sharma@example.com', undefined],
    ['https://example.com/priya', undefined],
    ['Customer', undefined],
    ['Acme Pvt Ltd', undefined],
    ['User 4312', undefined],
    ['Sir/Madam', undefined],
    ['Mr.', undefined],
    ['', undefined],
    ['   ', undefined],
  ];
  for (const [input, expected, lang] of cases) {
    it(`${JSON.stringify(input)}${lang ? ` (${lang})` : ''} → ${expected ?? 'undefined'}`, () => {
      assert.equal(firstName(input, lang), expected);
    });
  }

  it('treats Latin "da"/"di" as Bengali honorifics only in Bengali drafts', () => {
    assert.equal(firstName('Rahul-da', 'bn'), 'Rahul');
    assert.equal(firstName('Rahul-da', 'en'), 'Rahul-da');
    assert.equal(firstName('Rahul-da'), 'Rahul-da');
  });

  it('returns Devanagari and Bengali names in NFC and otherwise unchanged', () => {
    const decomposed = 'प्रिया'.normalize('NFD') + ' शर्मा';
    assert.equal(firstName(decomposed), 'प्रिया'.normalize('NFC'));
    const withNukta = 'ज़ोया ख़ान'.normalize('NFD'); // nukta composes in NFC
    assert.equal(firstName(withNukta), 'ज़ोया'.normalize('NFC'));
    const zwnj = 'র\u200C্যাবিন সেন'; // ZWNJ inside the word is kept
    assert.equal(firstName(zwnj), 'র\u200C্যাবিন');
  });

  it('returns undefined for undefined', () => {
    assert.equal(firstName(undefined), undefined);
  });
});
