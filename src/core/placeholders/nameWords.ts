// Words around personal names in English, Hindi and Bengali, as data. Compared case-insensitively, after
// NFC and with one trailing "." removed (so "Dr", "Dr." and "dr" are the same entry).

/** Titles written before a name. */
export const TITLES: readonly string[] = [
  // English
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'madam', 'madame', 'dame', 'rev', 'fr',
  'capt', 'col', 'hon', 'er', 'adv', 'ca',
  // Indian titles in Latin script
  'shri', 'sri', 'shree', 'sree', 'smt', 'shrimati', 'srimati', 'kumari', 'kum', 'sushri', 'janab', 'begum',
  // Hindi
  'श्री', 'श्रीमती', 'श्रीमान', 'सुश्री', 'कुमारी', 'कु', 'डॉ', 'डा', 'प्रो', 'प्रोफेसर', 'जनाब', 'बेगम',
  // Bengali
  'শ্রী', 'শ্রীমতী', 'শ্রীমান', 'জনাব', 'জনাবা', 'বেগম', 'ডাঃ', 'ডা', 'ডঃ', 'অধ্যাপক', 'মিস', 'মিসেস', 'মিস্টার', 'কুমারী',
];

/**
 * Abbreviations that customarily precede a South Asian Muslim given name and are not what the person is
 * called ("Md. Rahim Uddin" is greeted as "Rahim"). Only the abbreviations: a spelled-out "Mohammad" is kept.
 */
export const NAME_PREFIXES: readonly string[] = ['md', 'mohd', 'মোঃ', 'মো', 'मो'];

/** Respectful words written after a name ("Rahul ji", "প্রিয়া দি"); dropped when something remains. */
export const HONORIFIC_SUFFIXES: readonly string[] = [
  'ji', 'jee', 'sahab', 'saheb', 'sahib', 'babu',
  'जी', 'साहब', 'साहिब', 'बाबू',
  'জি', 'বাবু', 'সাহেব', 'দা', 'দি',
];

/** Latin-script spellings of Bengali kinship honorifics; only treated as honorifics when lang is bn. */
export const BENGALI_LATIN_SUFFIXES: readonly string[] = ['da', 'di', 'dada', 'didi'];

/** Generational and academic suffixes ("John Smith Jr.", "Priya Sharma, PhD"). */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'mba'];

/** Words that mark an organisation rather than a person: no first name can be derived. */
export const ORGANISATION_WORDS: readonly string[] = [
  'ltd', 'limited', 'inc', 'llc', 'llp', 'pvt', 'corp', 'corporation', 'company', 'co', 'gmbh', 'plc', 'enterprises',
  'solutions', 'technologies', 'team', 'support', 'लिमिटेड', 'প্রাইভেট', 'লিমিটেড',
];

/** Stand-ins helpdesks put where the name is unknown; greeting someone with them reads as broken. */
export const NOT_NAMES: readonly string[] = [
  'customer', 'guest', 'user', 'unknown', 'anonymous', 'none', 'null', 'undefined', 'test', 'visitor', 'client',
  'ग्राहक', 'अज्ञात', 'গ্রাহক', 'অজানা',
];
