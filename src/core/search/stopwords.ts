// Small stop-word lists: only words that carry no meaning in a support search. Kept short on purpose —
// a word missing here costs a little speed, a word wrongly here makes an item unfindable.
const EN = [
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'to', 'of', 'and', 'or', 'in', 'on', 'at',
  'for', 'by', 'with', 'from', 'as', 'it', 'its', 'this', 'that', 'these', 'those', 'i', 'me', 'my', 'we', 'our',
  'you', 'your', 'he', 'she', 'they', 'them', 'their', 'do', 'does', 'did', 'so', 'if', 'then', 'than', 'there',
  'here', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'about', 'into', 'just',
];
// Latin-script Hindi and Bengali particles ("mera paisa kab", "amar taka kobe").
const ROMAN = ['hai', 'hain', 'ka', 'ki', 'ke', 'ko', 'se', 'ne', 'aur', 'bhi', 'toh', 'ye', 'yeh', 'wo', 'woh', 'er', 'ar'];
const HI = [
  'का', 'की', 'के', 'है', 'हैं', 'में', 'से', 'को', 'और', 'या', 'पर', 'ने', 'यह', 'वह', 'तो', 'भी', 'एक', 'हो', 'था', 'थी', 'थे',
];
const BN = ['এবং', 'ও', 'এর', 'এই', 'সেই', 'একটি', 'হয়', 'থেকে', 'জন্য', 'তে', 'যে', 'কে'];

/** Raw lists; text.ts normalises them the same way as indexed words. */
export const STOP_WORD_LISTS: readonly (readonly string[])[] = [EN, ROMAN, HI, BN];
