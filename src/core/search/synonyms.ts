// Built-in search synonyms per language, as data: canonical term → phrases agents type for it.
// Packs add their own through the manifest's `synonyms` (same shape). Matching is on normalised,
// stemmed words and on transliteration keys, so "paisa wapas" (Latin) also triggers "पैसा वापस".

export type SynonymTable = Record<string, readonly string[]>;

export const BUILTIN_SYNONYMS: Record<'en' | 'hi' | 'bn', SynonymTable> = {
  en: {
    refund: ['money back', 'reimbursement', 'reimburse', 'repayment', 'chargeback', 'return my money'],
    cancel: ['cancellation', 'call off', 'stop order', 'terminate'],
    delivery: ['shipping', 'shipment', 'dispatch', 'courier'],
    delay: ['late', 'delayed', 'not arrived', 'not received', 'still waiting', 'where is my order'],
    password: ['passcode', 'login', 'log in', 'sign in', 'credentials'],
    account: ['profile', 'login', 'sign up', 'signup', 'registration'],
    invoice: ['bill', 'receipt'],
    payment: ['pay', 'charge', 'charged', 'billing', 'transaction'],
    discount: ['coupon', 'promo', 'promo code', 'voucher', 'offer'],
    return: ['send back', 'exchange', 'replacement', 'replace'],
    damaged: ['broken', 'defective', 'faulty', 'cracked'],
    apology: ['sorry', 'apologise', 'apologize', 'regret'],
    thanks: ['thank you', 'thank', 'grateful', 'appreciate'],
    greeting: ['hello', 'hi', 'welcome', 'good morning'],
    closing: ['goodbye', 'bye', 'sign off', 'regards'],
    address: ['location', 'pincode', 'zip code', 'postcode'],
    subscription: ['membership', 'plan', 'renewal'],
    escalate: ['supervisor', 'manager', 'complaint'],
  },
  hi: {
    'रिफंड': ['पैसा वापस', 'पैसे वापस', 'धनवापसी', 'रिफ़ंड', 'पैसा लौटाना'],
    'रद्द': ['कैंसल', 'कैंसिल', 'निरस्त'],
    'डिलीवरी': ['शिपिंग', 'पहुंचना', 'कूरियर'],
    'देरी': ['लेट', 'विलंब', 'अभी तक नहीं आया'],
    'पासवर्ड': ['लॉगिन', 'पिन'],
    'भुगतान': ['पेमेंट', 'पैसे कटे', 'चार्ज'],
    'धन्यवाद': ['शुक्रिया', 'थैंक यू'],
    'माफ़ी': ['क्षमा', 'सॉरी', 'खेद'],
    'बिल': ['इनवॉइस', 'रसीद'],
    'पता': ['एड्रेस', 'पिनकोड'],
  },
  bn: {
    'রিফান্ড': ['টাকা ফেরত', 'টাকা ফেরৎ', 'অর্থ ফেরত'],
    'বাতিল': ['ক্যানসেল', 'ক্যান্সেল'],
    'ডেলিভারি': ['শিপিং', 'পৌঁছানো', 'কুরিয়ার'],
    'দেরি': ['লেট', 'বিলম্ব', 'এখনও আসেনি'],
    'পাসওয়ার্ড': ['লগইন', 'পিন'],
    'পেমেন্ট': ['অর্থপ্রদান', 'টাকা কেটেছে', 'চার্জ'],
    'ধন্যবাদ': ['থ্যাঙ্ক ইউ', 'কৃতজ্ঞ'],
    'দুঃখিত': ['ক্ষমা', 'সরি', 'মাফ'],
    'বিল': ['ইনভয়েস', 'রসিদ'],
    'ঠিকানা': ['অ্যাড্রেস', 'পিনকোড'],
  },
};
