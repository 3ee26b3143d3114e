/**
 * The popup's tip of the day: one principle of "keep it light", in our own words.
 * Rotates by calendar day so it changes daily but stays put while the popup is reopened.
 */
export const DAILY_TIPS: readonly string[] = [
  'A few warm lines beat a long letter. Leave them wanting to write back.',
  'Ask about their day before you share yours. Curiosity is the lightest opener there is.',
  'Big feelings deserve a real conversation, not a text. Save them for a call or a coffee.',
  'Make every invitation easy to turn down: "no worries if not" does a lot of work.',
  'No deadlines, no "answer me". Space is a gift, and it reads as confidence.',
  'Talk about now and what is next. The old story can wait, maybe for good.',
  'Share a small good thing from your week. A full life is attractive.',
  'Say how you feel without saying what they did. "I" lands softer than "you always".',
  'Two messages without a reply? Let the next move be theirs.',
  'Late at night everything feels bigger. Draft it now, send it in the morning.',
  'No need to define things yet. Let it grow at its own pace.',
];

const DAY_MS = 86_400_000;

export function tipOfTheDay(now: Date = new Date()): string {
  const day = Math.floor((now.getTime() - now.getTimezoneOffset() * 60_000) / DAY_MS);
  return DAILY_TIPS[day % DAILY_TIPS.length]!;
}
