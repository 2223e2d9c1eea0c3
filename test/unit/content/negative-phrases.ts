// Phrasing the built-in content must never use (the service principles: positive language, no refusals,
// no blame, nothing dismissive). Matched case-insensitively as whole words. The linter's own rule set
// lives in snippets/rules/; this list only guards the built-in replies and articles.
export const NEGATIVE_PHRASES: Record<string, readonly string[]> = {
  en: [
    'unfortunately', "can't", 'cannot', 'can not', "won't be able", 'unable to', 'not possible', 'impossible',
    "policy doesn't allow", 'against our policy', 'our policy', 'your fault', 'you failed', 'you should have',
    "you didn't", 'you forgot', 'as i said', 'as i already', 'as previously stated', 'calm down', 'obviously',
    'no problem', "don't worry", "i don't know", 'nothing we can do', 'not my department', 'denied', 'reject',
    'rejected', 'problem', 'complaint', 'bear with', 'simply', 'just', 'hopefully', 'asap', "i'm afraid", 'sadly',
    'regrettably', 'clearly', 'like i said', 'as per my last email',
    // Overpromises: speed or certainty with no concrete time behind it.
    'right away', 'straight away', 'immediately', 'instantly', 'i promise', 'guarantee', '100%',
  ],
  hi: [
    'दुर्भाग्य से', 'दुर्भाग्यवश', 'नहीं कर सकते', 'नहीं कर सकता', 'नहीं कर सकती', 'संभव नहीं', 'असंभव', 'असमर्थ',
    'आपकी गलती', 'आपने गलत', 'आपको पहले', 'नीति के खिलाफ', 'हमारी नीति', 'शांत हो जाइए', 'कोई बात नहीं', 'चिंता मत',
    'समस्या', 'अस्वीकार', 'मुझे नहीं पता', 'अफ़सोस', 'अफसोस', 'आपकी शिकायत', 'ज़ाहिर सी बात',
    'तुरंत', 'तुरन्त', 'तत्काल', 'गारंटी', '100% पक्का',
  ],
  bn: [
    'দুর্ভাগ্যবশত', 'দুঃখজনকভাবে', 'করতে পারব না', 'পারব না', 'পারি না', 'সম্ভব নয়', 'অসম্ভব', 'অক্ষম',
    'আপনার ভুল', 'আপনার দোষ', 'আমাদের নীতি', 'নীতির বিরুদ্ধে', 'শান্ত হোন', 'চিন্তা করবেন না', 'সমস্যা নেই',
    'সমস্যা', 'প্রত্যাখ্যান', 'আমি জানি না', 'আফসোস', 'দুর্ভাগ্যক্রমে', 'আপনার অভিযোগ', 'স্পষ্টতই',
    'এখনই', 'তৎক্ষণাৎ', 'সঙ্গে সঙ্গে', 'গ্যারান্টি', '১০০%',
  ],
};
