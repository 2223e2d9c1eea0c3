import assert from 'node:assert/strict';
import { found } from './helpers';

// Every category, in all three languages (and Hinglish), flagged — with the span a reviewer would underline.
const FLAG: Array<[string, string, string]> = [
  ['refusal', "We can't refund this order.", "We can't"],
  ['refusal', 'We are not able to change the address.', 'We are not able to'],
  ['refusal', 'There is no way we can ship it today.', 'There is no way we can'],
  ['refusal', 'It is impossible for us to reverse it.', 'impossible for us'],
  ['refusal', 'हम ऐसा नहीं कर पाएंगे।', 'नहीं कर पाएंगे'],
  ['refusal', 'Sorry, hum refund nahin kar skte.', 'nahin kar skte'],
  ['refusal', 'আমরা এটা করতে পারব না।', 'পারব না'],
  ['blame', 'You should have read the instructions.', 'You should have read'],
  ['blame', 'You failed to update your address.', 'You failed to'],
  ['blame', 'आपने गलत पता डाला था।', 'आपने गलत'],
  ['blame', 'Yeh aapki galti hai.', 'aapki galti'],
  ['blame', 'এটা আপনার ভুল।', 'আপনার ভুল'],
  ['dismissive', 'Calm down, please.', 'Calm down'],
  ['dismissive', 'As I already said, it ships Monday.', 'As I already said'],
  ['dismissive', 'यह आपकी अपनी समस्या है।', 'यह आपकी अपनी समस्या है'],
  ['dismissive', 'শান্ত হন।', 'শান্ত হন'],
  ['negative-word', 'Unfortunately, it is sold out.', 'Unfortunately'],
  ['negative-word', 'I regret to inform you that the sale ended.', 'I regret to inform'],
  ['negative-word', 'दुर्भाग्य से यह उपलब्ध नहीं है।', 'दुर्भाग्य से'],
  ['negative-word', 'দুর্ভাগ্যবশত এটি শেষ।', 'দুর্ভাগ্যবশত'],
  ['overpromise', 'We guarantee this will never happen again.', 'We guarantee'],
  ['overpromise', "I'm 100% sure it arrives tomorrow.", '100% sure'],
  ['overpromise', 'I will fix it immediately.', 'immediately'],
  ['overpromise', "We'll get back to you soon.", 'soon'],
  ['overpromise', 'हम जल्द ही आपसे संपर्क करेंगे।', 'जल्द ही'],
  ['overpromise', 'আমরা শীঘ্রই আপনাকে জানাব।', 'শীঘ্রই'],
  ['jargon-policy', "Our policy doesn't allow refunds.", "Our policy doesn't allow"],
  ['jargon-policy', 'Per company policy, we cannot reopen it.', 'Per company policy'],
  ['jargon-policy', 'The system does not permit changes.', 'system does not permit'],
  ['jargon-policy', 'हमारी नीति इसकी अनुमति नहीं देती।', 'हमारी नीति इसकी अनुमति नहीं देती'],
  ['jargon-policy', 'আমাদের নীতি অনুযায়ী রিফান্ড হয় না।', 'আমাদের নীতি অনুযায়ী'],
  ['rude', "That's a stupid question.", "That's a stupid question"],
  ['rude', 'Good luck with that.', 'Good luck with that'],
  ['rude', 'चुप रहिए।', 'चुप रहिए'],
  ['rude', 'চুপ করুন।', 'চুপ করুন'],
  ['structure', 'I will get back to you.', 'I will get back to you'],
  ['structure', 'मैं आपको अपडेट करूंगा।', 'मैं आपको अपडेट करूंगा'],
  ['structure', 'আমি আপনাকে জানাব।', 'আমি আপনাকে জানাব'],
  // Phrase families beyond the first word lists (idioms, subjectless refusals, inflected Hindi/Bengali).
  ['refusal', 'A partial refund is off the table.', 'is off the table'],
  ['refusal', 'My hands are tied on this one.', 'My hands are tied'],
  ['refusal', 'Sorry, unable to extend the trial.', 'unable to extend'],
  ['refusal', 'Re-activating it is beyond what our team can do.', 'beyond what our team can'],
  ['refusal', 'यह हमारे बस की बात नहीं है।', 'हमारे बस की बात नहीं'],
  ['refusal', 'এই ব্যাপারে আমাদের হাত-পা বাঁধা।', 'আমাদের হাত-পা বাঁধা'],
  ['blame', 'Had you kept the receipt, this would be easy.', 'Had you kept'],
  ['blame', 'You typed the card number wrong.', 'You typed the card number wrong'],
  ['blame', 'गलती पूरी तरह आपकी है।', 'गलती पूरी तरह आपकी'],
  ['blame', 'এটা আপনারই ভুল।', 'আপনারই ভুল'],
  ['dismissive', 'For the fourth time, the code is on the box.', 'For the fourth time'],
  ['dismissive', 'मैं यह दो बार बता चुका हूँ।', 'बता चुका हूँ'],
  ['dismissive', 'আবার সেই একই প্রশ্ন?', 'আবার সেই একই প্রশ্ন'],
  ['negative-word', 'বড়ই পরিতাপের বিষয়, অফারটি শেষ।', 'পরিতাপের বিষয়'],
  ['overpromise', 'This update will fix all your sync problems.', 'will fix all your sync problems'],
  ['overpromise', 'अब नेटवर्क कभी नहीं जाएगा।', 'कभी नहीं जाएगा'],
  ['jargon-policy', 'That goes against our T&Cs.', 'against our T&Cs'],
  ['jargon-policy', 'I have to go by the book here.', 'go by the book'],
  ['rude', "It's hardly brain surgery.", 'hardly brain surgery'],
  ['rude', 'আপনি কি চোখে দেখেন না?', 'চোখে দেখেন না'],
  ['overpromise', 'कुछ दिनों में सब ठीक कर देंगे।', 'कुछ दिनों में'], // vague follow-up (scored as structure too)
  ['placeholder', 'Hi {{customer.firstName}}, thanks!', '{{customer.firstName}}'],
  ['placeholder', 'Your order ${1:order-id} shipped.', '${1:order-id}'],
  ['placeholder', 'Dear [[name]], hello.', '[[name]]'],
  ['placeholder', 'Hi ,\n\nThanks for writing.', 'Hi ,'],
  ['placeholder', 'नमस्ते ,\n\nधन्यवाद।', 'नमस्ते ,'],
];

// Hard negatives: reassuring negations, set phrases, expectations, quotes, code, URLs, e-mail, front matter.
const PASS: string[] = [
  'We never share your data.',
  "You won't be charged twice.",
  "I won't close this ticket until it works.",
  "No worries, and don't hesitate to reach out!",
  'No problem at all.',
  'You should have received it by now.',
  "We can't wait to see you again!",
  "It's not your fault at all.",
  "You're not the only one — engineers are already on site.",
  "I can't recommend the annual plan enough.",
  'यह आपकी गलती बिल्कुल नहीं है।',
  'এটা একেবারেই আপনার ভুল নয়।',
  'कोई जल्दी नहीं, आराम से देखिए।',
  "Don't be afraid to ask us anything.",
  "I'm so sorry you had to contact us for the third time.",
  'कोई बात नहीं, मैं देखता हूँ।',
  'आपको अब तक पार्सल मिल जाना चाहिए था।',
  'আমরা কখনো আপনার তথ্য শেয়ার করি না।',
  'কোনো চিন্তা নেই, আমরা সাহায্য করব।',
  '> We can\'t believe you lost it.\n\nI am sorry, a replacement went out today.',
  'You wrote: "you people can\'t do anything right". I am sorry it felt that way.',
  'Run `we cannot connect` to reproduce.',
  '```\nwe cannot help\n```\nThat is the log line.',
  'See https://example.com/we-cannot-help for the guide.',
  'Write to unfortunately@example.com for the archive.',
  '---\ntitle: we cannot help\n---\nYour refund went out this morning.',
  '<!-- we cannot help -->Your refund went out this morning.',
  'Our Never Late Express option is at checkout.',
  'See you soon!',
  "I'll update you by 5 pm today.",
];

describe('lint: categories in en, hi and bn', () => {
  for (const [category, text, match] of FLAG) {
    it(`flags ${category} in ${JSON.stringify(text)}`, () => {
      // The flagged span is the expected one, or a longer phrase around it ("The system does not permit").
      const hits = found(text).filter((f) => f.startsWith(`${category}:`)).map((f) => f.slice(category.length + 1));
      assert.ok(hits.some((h) => h.includes(match)), `got ${JSON.stringify(found(text))}`);
    });
  }
  for (const text of PASS) {
    it(`leaves ${JSON.stringify(text)} alone`, () => {
      assert.deepEqual(found(text), []);
    });
  }
  it('reports a trigger word once, under the stronger finding', () => {
    assert.deepEqual(found("That's your own problem, not ours."), ["dismissive:That's your own problem"]);
  });
});

describe('lint: greeting and closing', () => {
  it('asks for the customer\'s name in a greeting without one', () => {
    const out = found('Hello,\n\nThanks for contacting Acme. Your refund went out.\n\nThank you!\nSam');
    assert.deepEqual(out, ['structure:Hello']);
  });
  it('asks the opening to name the business', () => {
    assert.deepEqual(found('Hi Priya,\n\nYour refund went out.\n\nThank you, Priya!\nSam'), ['structure:Hi Priya']);
    assert.deepEqual(found('Hi Priya,\n\nYour refund went out.\n\nThank you, Priya!', { companyName: 'Acme' }), ['structure:Hi Priya']);
    assert.deepEqual(found('Hi Priya, Acme here.\n\nYour refund went out.\n\nThank you, Priya!', { companyName: 'Acme' }), []);
  });
  it('flags the sign-off line of a closing without thanks', () => {
    assert.deepEqual(found('Hi Priya, thanks for contacting Acme.\n\nYour refund went out.\n\nRegards,\nSam'), ['structure:Regards,']);
  });
  it('asks to thank by name when the name is known, offering the fix', () => {
    const text = 'Hi Priya, thanks for contacting Acme.\n\nYour refund went out.\n\nThanks,\nSam';
    const { builtinLinter } = require('./helpers') as typeof import('./helpers');
    const f = builtinLinter().lint(text, { customerName: 'Priya Shah' });
    assert.equal(f.length, 1);
    assert.equal(f[0].match, 'Thanks');
    assert.deepEqual(f[0].rewrites[0], 'Thanks, Priya');
  });
  it('does not judge structure in a one-line fragment', () => {
    assert.deepEqual(found('Your refund went out this morning.'), []);
  });
});
