/**
 * What we say, in our own words: for each category a few phrasings of why it matters, one lighter move,
 * and a chip label. Short and warm — the nudge follows the same advice it gives.
 */
import type { Category, Note } from '../analysis/types';

export interface Phrasing { why: string; tip: string; label: string }

export const CATEGORY_PHRASINGS: Record<Category, readonly Phrasing[]> = {
  length: [
    { why: 'Long messages can feel like a lot to answer.', tip: 'Keep the first few lines and save the rest for when you talk.', label: 'a bit long' },
    { why: 'A short note is easier to reply to than a letter.', tip: 'Try saying it in two or three sentences.', label: 'long message' },
    { why: 'When it runs long, the main point can get lost.', tip: 'Pick the one thing you most want to say and start there.', label: 'could be shorter' },
  ],
  emotion: [
    { why: 'Big feelings can land heavy in a text.', tip: 'Share a lighter version now and keep the rest for a real conversation.', label: 'heavy feelings' },
    { why: 'Strong words can put weight on the other person.', tip: 'Try naming how you feel in one calm sentence.', label: 'strong words' },
    { why: 'This reads intense, even if you mean it kindly.', tip: 'Take a breath, soften a word or two, and read it once more.', label: 'intense' },
  ],
  pressure: [
    { why: 'Deadlines and demands make it hard to reply freely.', tip: 'Drop the deadline and let them answer when it suits them.', label: 'pressure?' },
    { why: 'People open up more when saying no is easy.', tip: 'Add something like "no rush" or turn the demand into an open question.', label: 'deadline?' },
    { why: 'Pushing for an answer can push the person away.', tip: 'Ask once, gently, and leave room for them to come back to it.', label: 'a bit pushy' },
  ],
  neediness: [
    { why: 'Messages from a full life tend to land better than ones from longing.', tip: 'Share something good from your day instead.', label: 'sounds needy' },
    { why: 'Pleading can feel like a weight to carry.', tip: 'Say you would like to talk, and leave it open.', label: 'pleading' },
    { why: 'It helps when the message stands on its own feet.', tip: 'Ask about their life rather than what you need from them.', label: 'a lot of need' },
  ],
  past: [
    { why: 'Going back over old times can bring back old tension.', tip: 'Talk about now or something coming up instead.', label: 'the past' },
    { why: 'The old story is better told face to face, if at all.', tip: 'Save this part for a call, and keep the text about today.', label: 'old story' },
    { why: 'Looking back can pull you both into old roles.', tip: 'Ask what is new with them this week.', label: 'looking back' },
  ],
  blame: [
    { why: 'Accusations tend to start a defense, not a conversation.', tip: 'Say how it felt for you, without the "you always".', label: 'blame?' },
    { why: 'Big words like always and never rarely feel fair to the reader.', tip: 'Describe one moment and how you felt about it.', label: 'sounds sharp' },
    { why: 'A jab, even a small one, is what they will remember.', tip: 'Leave out the dig and keep the part you really mean.', label: 'a dig' },
  ],
  commitment: [
    { why: 'Asking for labels early can rush something that needs room.', tip: 'Suggest one easy plan, like a coffee, and see how it goes.', label: 'big step' },
    { why: 'Defining things too soon can feel like a test.', tip: 'Let this grow a little before asking where it is going.', label: 'too soon?' },
    { why: 'Big promises are easier to hear in person, later.', tip: 'Keep it to the next small step for now.', label: 'rushing?' },
  ],
};

export const NOTE_PHRASINGS: Record<Note['kind'], readonly Omit<Phrasing, 'label'>[]> = {
  pacing: [
    { why: 'This would be a few messages in a row without a reply.', tip: 'Give them some space; one message is enough for now.' },
    { why: 'They have not answered the last ones yet.', tip: 'Wait for their reply before adding more.' },
  ],
  'late-night': [
    { why: 'It is late, and late messages often come out heavier.', tip: 'Sleep on it and send it in the morning if it still feels right.' },
    { why: 'Night-time drafts tend to say more than we mean.', tip: 'Save it as a draft and read it again tomorrow.' },
  ],
};
