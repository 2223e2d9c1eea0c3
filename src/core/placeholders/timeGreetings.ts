// `{{time.greeting}}` and `{{date}}` in the draft's language. The wording is data: Hindi speakers rarely say
// "good afternoon" (शुभ दोपहर sounds translated), so the afternoon greeting is the all-day नमस्ते; Bengali
// uses the formal, religion-neutral forms a business would write.

export type TimeOfDay = 'morning' | 'afternoon' | 'evening';

/** Local hour (0–23) at which each part of the day begins; hours before the first belong to the last. */
export const DAY_PARTS: readonly { from: number; part: TimeOfDay }[] = [
  { from: 4, part: 'morning' },
  { from: 12, part: 'afternoon' },
  { from: 17, part: 'evening' },
];

export const TIME_GREETINGS: Readonly<Record<string, Readonly<Record<TimeOfDay, string>>>> = {
  en: { morning: 'Good morning', afternoon: 'Good afternoon', evening: 'Good evening' },
  hi: { morning: 'सुप्रभात', afternoon: 'नमस्ते', evening: 'शुभ संध्या' },
  bn: { morning: 'সুপ্রভাত', afternoon: 'শুভ অপরাহ্ন', evening: 'শুভ সন্ধ্যা' },
};

/** Locale used for `{{date}}` per language: day month year, month spelled out. */
export const DATE_LOCALES: Readonly<Record<string, string>> = { en: 'en-GB', hi: 'hi-IN', bn: 'bn-IN' };

export function timeOfDay(now: Date): TimeOfDay {
  const hour = now.getHours();
  let part = DAY_PARTS[DAY_PARTS.length - 1].part;
  for (const p of DAY_PARTS) if (hour >= p.from) part = p.part;
  return part;
}

/** "Good morning" / "सुप्रभात" / "সুপ্রভাত" …; languages without a table fall back to English. */
export function timeGreeting(now: Date, lang = 'en'): string {
  return (TIME_GREETINGS[baseLanguage(lang)] ?? TIME_GREETINGS.en)[timeOfDay(now)];
}

/** "23 November 2026" / "23 नवंबर 2026" / "২৩ নভেম্বর, ২০২৬". */
export function formatDate(now: Date, lang = 'en'): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  const locale = DATE_LOCALES[baseLanguage(lang)] ?? lang;
  try {
    return new Intl.DateTimeFormat(locale, options).format(now);
  } catch {
    return new Intl.DateTimeFormat(DATE_LOCALES.en, options).format(now);
  }
}

export function baseLanguage(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0];
}
