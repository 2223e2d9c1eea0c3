// Romanised Hindi ("Hinglish") function words, as data for language detection. Strong words are unmistakably
// Hindi; weak ones are short and could turn up in English text (names, abbreviations), so they only add
// evidence. Words that are also common English ("to", "main", "par", "do", "me", "hi", "so") are left out.

export const HINGLISH_STRONG: readonly string[] = [
  'hai', 'hain', 'nahi', 'nahin', 'nhi', 'aap', 'aapka', 'aapki', 'aapke', 'apka', 'apki', 'apke', 'aapko', 'apko',
  'kya', 'mein', 'hum', 'humein', 'hamein', 'hamara', 'hamari', 'hamare', 'humara', 'humari', 'humare', 'kripya',
  'dhanyavaad', 'dhanyavad', 'dhanyawad', 'shukriya', 'kyun', 'kyon', 'kaise', 'kaisa', 'kaisi', 'bahut', 'bohot',
  'abhi', 'jaldi', 'karenge', 'karein', 'kijiye', 'kijie', 'sakte', 'sakta', 'sakti', 'raha', 'rahi', 'rahe',
  'gaya', 'gayi', 'gaye', 'hoga', 'hogi', 'honge', 'tha', 'thi', 'thay', 'wala', 'wali', 'wale', 'yeh', 'woh',
  'liye', 'lekin', 'agar', 'zaroor', 'zarur', 'mujhe', 'mera', 'meri', 'mere', 'aapse', 'humse', 'paisa', 'paise',
];

export const HINGLISH_WEAK: readonly string[] = [
  'ka', 'ki', 'ke', 'ko', 'se', 'bhi', 'aur', 'ya', 'ho', 'kar', 'koi', 'kuch', 'ji', 'vo', 'ye', 'toh', 'jo', 'ek',
];
