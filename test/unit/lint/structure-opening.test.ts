import assert from 'node:assert/strict';
import { found } from './helpers';

// The greeting and closing checks read the opening and the closing as a reader does: the line after the
// greeting may be the next paragraph, and the thanks may sit above "Warm regards," / name / company.
describe('lint: structure of a full reply', () => {
  const structure = (text: string, ctx = {}) => found(text, ctx).filter((f) => f.startsWith('structure:'));

  it("Kindly's own e-mail greeting and closing are not flagged (thanks above the sign-off block)", () => {
    const draft = 'Hello Priya,\n\nThank you for contacting Acme. I\'m glad to help you with this.\n\nYour refund is on its way.\n\n'
      + 'Thank you for the opportunity to serve you today, Priya. If anything else comes up, reply to this email.\n\nWarm regards,\nArjun Mehta\nAcme\n';
    assert.deepEqual(structure(draft, { customerName: 'Priya Sharma' }), []);
    assert.deepEqual(structure(draft, { customerName: 'Priya Sharma', companyName: 'Acme' }), []);
  });

  it('still flags a reply whose opening names no business and whose closing thanks no one', () => {
    const draft = 'Hello Priya,\n\nYour refund is on its way.\n\nIt should arrive within five days.\n\nRegards,\nArjun\n';
    assert.deepEqual(structure(draft, { customerName: 'Priya Sharma' }).sort(), ['structure:Hello Priya', 'structure:Regards,']);
  });

  for (const opening of ['Dear Mr. Rao, greetings from Carewell Hospital.', 'Hi Meenal, welcome back to PixelForge!',
    'नमस्ते प्रिया जी, Acme की ओर से नमस्कार।', 'নমস্কার প্রিয়া, Acme থেকে শুভেচ্ছা।']) {
    it(`"${opening}" names the business`, () => {
      const flagged = structure(`${opening}\n\nYour order ships on Friday.\n\nThank you, Priya.\nArjun`);
      assert.ok(!flagged.some((f) => f.includes(opening.slice(0, 8))), flagged.join(' | '));
    });
  }

  it('an opening that names the business the signature names is not flagged, in any script or case ending', () => {
    for (const draft of [
      'Dear Mr Patel, this is Clearbrook Water.\n\nYour leak allowance is on this bill.\n\nThank you, Mr Patel.\nClearbrook Water Billing',
      'Hi Arjun, thanks for joining LearnLoop Academy.\n\nYour course starts on Monday.\n\nThank you, Arjun!\nMeera, LearnLoop Academy',
      'नमस्ते गौरव जी, लकड़ीघर फ़र्नीचर से ख़रीदारी के लिए धन्यवाद।\n\nआपकी मेज़ शनिवार को पहुँचेगी।\n\nधन्यवाद, गौरव जी।\nईशा, लकड़ीघर फ़र्नीचर',
      'নমস্কার অজয়, উড়ান এয়ারলাইন্সে ভ্রমণের জন্য ধন্যবাদ।\n\nআপনার ব্যাগ আজ রাত ৯টায় পৌঁছাবে।\n\nধন্যবাদ, অজয়।\nপ্রিয়া, উড়ান এয়ারলাইন্স',
    ]) assert.deepEqual(structure(draft), [], draft);
    // The signature's business must be named in the opening, not just anywhere; a bare role names nothing.
    assert.deepEqual(structure('Hi Sandra,\n\nYour wardrobe arrives on Monday.\n\nThank you, Sandra!\nMilo, Oakhaven Furniture'), ['structure:Hi Sandra']);
    assert.deepEqual(structure('Hi Sandra, support here.\n\nYour wardrobe arrives on Monday.\n\nThank you, Sandra!\nMilo, Support Team'), ['structure:Hi Sandra']);
    // The customer's name in a last line ("Thanks, Sandra") is no business.
    assert.deepEqual(structure('Hi Sandra,\n\nYour wardrobe arrives on Monday.\n\nThanks, Sandra'), ['structure:Hi Sandra']);
  });

  it('a vague promise in a clause after a dated one is still vague, in all three languages', () => {
    const vague = (t: string) => found(t).filter((f) => f.startsWith('overpromise:'));
    assert.deepEqual(vague("Your wardrobe arrives on Monday, and we'll call about the assembly slot shortly."), ['overpromise:shortly']);
    assert.deepEqual(vague('आपकी अलमारी सोमवार को पहुँच जाएगी, और फ़िटिंग के लिए हम जल्दी ही फ़ोन करेंगे।'), ['overpromise:जल्दी ही']);
    assert.deepEqual(vague('আপনার আলমারি সোমবার পৌঁছে যাবে, আর ফিটিংয়ের জন্য আমরা তাড়াতাড়ি ফোন করব।'), ['overpromise:তাড়াতাড়ি']);
    // The time in the promise's own clause, or a time that follows it without a new clause, makes it concrete.
    assert.deepEqual(vague("We'll call you shortly, on Monday at 10 am."), []);
    assert.deepEqual(vague('Your wardrobe arrives on Monday and we will call you shortly before.'), []);
  });

  it("the opening's thanks is not the closing's: a sign-off without thanks is flagged even in a short reply", () => {
    const draft = 'Hi Priya,\n\nThanks for contacting PayKaro.\n\nYour refund will reach you within 3 days.\n\nRegards,\nSam\nPayKaro Support\n';
    assert.deepEqual(structure(draft), ['structure:Regards,'], 'the sign-off above a two-line signature is underlined');
    // …but thanks again later in that line, or in a one-paragraph reply, is a closing thanks.
    assert.deepEqual(structure('Hi Priya,\n\nThanks for contacting PayKaro. Your refund is done. Thank you, Priya!\n\nSam\n'), []);
    assert.deepEqual(structure('Hi Kiran, thanks for writing to Wanderly. Your bag arrives by 9 pm today.\n\nThank you for your patience, Kiran.\nSana'), []);
  });

  it('finds the thanks above a long signature block (name, title, company, phone, hours)', () => {
    const draft = 'Hi Priya,\n\nThank you for contacting PayKaro.\n\nYour refund reached your bank at 10 am today.\n\nThank you for your patience, Priya.\n\n'
      + 'Warm regards,\nArjun Nair\nSenior Support Specialist\nPayKaro Payments Pvt Ltd\nPhone: 1800 123 456\nMon–Sat, 9 am–6 pm\n';
    assert.deepEqual(structure(draft, { customerName: 'Priya Sharma' }), []);
    const noThanks = draft.replace('Thank you for your patience, Priya.\n\n', '');
    assert.deepEqual(structure(noThanks, { customerName: 'Priya Sharma' }), ['structure:Warm regards,']);
  });
});

