import { afterEach, describe, expect, test } from 'vitest';
import { analyzeDraft, MODEL_TUNING, type Category } from '../../../lib/analysis/index';
import { modelLogits } from '../../../lib/analysis/model';
import { draftFeatures } from '../../../lib/analysis/model/draft-features';

const flags: [Category, string][] = [
  ['pressure', "If you don't reply by tomorrow I'll take that as your answer."],
  ['pressure', 'Why are you not answering my calls? Pick up.'],
  ['pressure', "You've got until Sunday to tell me what you want"],
  ['neediness', "I'm nothing without you, please come back."],
  ['neediness', "I'll do whatever it takes to get you back"],
  ['past', 'I keep thinking about what went wrong between us.'],
  ['past', 'Remember when we used to stay up all night talking?'],
  ['blame', 'You never think about anyone but yourself.'],
  ['blame', "It's all your fault and you know it"],
  ['commitment', 'So what are we? Are we back together or not?'],
  ['commitment', 'I think we should make it official this time'],
  ['emotion', "I'm devastated, I cry every night and I don't know what to do anymore!!!"],
  ['emotion', 'My heart is shattered and I feel so empty'],
  ['pressure', 'Stop stalling and give me an answer'],
  ['neediness', 'I keep checking my phone every five minutes hoping you will write'],
  ['past', 'Things were so good before you moved away'],
  ['blame', "You're so cold, you know that?"],
  ['commitment', 'I want to build a life with you'],
  ['neediness', "I'll wait for you forever if I have to"],
  ['past', 'I keep asking myself what went wrong with us'],
  // texting spellings read like the words they stand for
  ['blame', 'ur so selfish'],
  ['blame', 'u dont even care abt me'],
  ['blame', 'ur never here when i need u, u always put ur friends first'],
  // sarcasm and guilt aimed at the reader
  ['blame', 'Thanks for ruining my weekend, really appreciate it'],
  ["blame", "Not that you'd care, but I got the job"],
  ['blame', 'A real friend would have shown up.'],
  ['blame', 'Would it kill you to say good morning once in a while?'],
  ['blame', "I'm not mad, just disappointed"],
  ['blame', 'Fine, ignore me. See if I care.'],
  ['blame', "Thanks for checking in. Oh wait, you didn't."],
  ['blame', 'Once again you forgot my birthday.'],
  ['blame', 'u always make everything about u'],
  ['commitment', "let's stop pretending this is casual. I want us to be official."],
  ['emotion', 'I hate you so much'],
  ['emotion', "I'm devastated that you left"],
  ['pressure', 'no pressure!! but like. answer me before midnight 🙃'],
  ['emotion', "I'm so hurt by what you said"],
];

const quiet: string[] = [
  'No need to answer right away',
  "Call me when you land so I know you're safe",
  'The deadline for the form is Friday, fyi',
  "I'd love to catch up sometime, no worries if not.",
  'Remember to bring the charger',
  "I finally tried that ramen place you talked about",
  "You never know, maybe it'll rain",
  "it's not your fault the train was late",
  "We should celebrate when you're back!",
  'That movie was so sad lol',
  'WE WON!!!',
  'I love this song, thanks for sending it',
  'My boss told me to answer all his emails by noon, what a day',
  'Let me know by Thursday if you want me to save you a seat',
  'He keeps saying "you never listen" in that song, it is stuck in my head',
  "You always pick the best wine, what should I bring Saturday?",
  'I hate to bother you but do you have the landlord\'s number?',
  'The landlord wants an answer by Friday about renewing, what do you think?',
  'If you don\'t come to the party I\'ll eat all the cake myself haha',
  'Could you call me back when you get a minute? It is about the car insurance',
  'i love ur hoodie lol where is it from',
  'r u ok? saw the storm on the news',
  "I'm not mad at all lol, the cake was still great",
  "you did nothing wrong, the shop was just closed",
  'once again you have outdone yourself, that lasagne was amazing',
  "hope you're happy in the new flat! send pics",
  'I hate Mondays with a passion',
  'So nice of you to send flowers to mum, she loved them',
  "I'm so nervous about my driving test tomorrow eek",
  'it wasn\u0092t your fault, the train was late (a quote mark mangled by an old encoding)',
  'honestly heartbroken for the team, what a final',
  'my flatmates already know all about you, say hi on Saturday!',
  'I HATE this wind. my umbrella just turned inside out',
  'idk what time the movie starts, lmk',
  'Thanks for the ride, really appreciate it',
  'Thank you for letting me know about the delay',
  'Not that it matters, but the blue one is cheaper',
  // look-alikes about things and places
  'Any idea what went wrong with the cake? It sank in the middle again',
  "I'll wait for you at the gate, no rush at all",
  "Honestly I'd do anything for a good croissant right now",
  // 144 words of set-up steps: practical, so past the usual length limit without a nudge
  "Hi Dad, here's how to get the new router going. Unplug the old box and the grey cable from the wall. Plug the new router into the same socket with the white cable, then press the power button on the back. Wait about five minutes until the light on the front turns green. On your laptop, click the wifi symbol, pick the network name printed on the sticker under the router and type the password from the same sticker. If the light stays orange, switch it off, count to ten and switch it on again. The printer will need the new password too: press the settings button, choose the wifi option and type it in the same way. The old box can go in the cupboard under the stairs for now. Ring me if it still won't work and I'll talk you through it.",
];

describe('analyzeDraft', () => {
  describe('flags …', () => {
    test.each(flags)('%s in %j', (category, text) => {
      const result = analyzeDraft(text);
      expect(result.flagged).toBe(true);
      expect(result.categories).toContain(category);
      const finding = result.findings.find((f) => f.category === category)!;
      expect(finding.spans.length).toBeGreaterThan(0);
      expect(finding.why.length).toBeGreaterThan(0);
      expect(finding.tip.length).toBeGreaterThan(0);
    });
  });

  describe('stays quiet on …', () => {
    test.each(quiet)('%j', (text) => {
      const result = analyzeDraft(text);
      expect(result.level).toBe('light');
      expect(result.findings).toEqual([]);
    });
  });

  describe('stays quiet on other languages', () => {
    test.each([
      '¡Hola! ¿Qué tal todo? Te echo de menos, espero que estés bien',
      'Hallo, wie geht es dir? Ich habe dich lange nicht gesehen',
      'お久しぶり！元気にしてる？今度ご飯でも行こうよ',
      'Привет! Как дела? Давно не виделись',
      'مرحبا، كيف حالك؟ اشتقت إليك',
    ])('%j', (text) => {
      expect(analyzeDraft(text).flagged).toBe(false);
    });
  });

  describe('when the model reads a whole draft as light', () => {
    const shipped = { ...MODEL_TUNING };
    afterEach(() => Object.assign(MODEL_TUNING, shipped));
    const heavyLogit = (text: string) => modelLogits(draftFeatures(text)).get('heavy')!;

    // excitement and hyperbole about things: a rule fires, the model knows the context
    test.each([
      'WE GOT THE HOUSE!!! Keys on Friday!!!',
      "The band's getting back together for a reunion tour!!! Tickets?",
      "I'm shaking, just finished my first ever spin class",
      "the last episode destroyed me. i'm not ok. who let them write that ending",
    ])('a rule hit counts for less: quiet on %j, flagged without the doubt', (text) => {
      expect(heavyLogit(text)).toBeLessThan(MODEL_TUNING.doubtLogit);
      expect(analyzeDraft(text).flagged).toBe(false);
      MODEL_TUNING.doubtLogit = -Infinity;
      expect(analyzeDraft(text).flagged).toBe(true);
    });

    // rage is heavy even about a thing (the strongly negative tweets of the eval)
    test.each(['I fucking hate Windows', 'STUPID rain! STUPID treadmill HELL!'])('anger keeps its weight: %j', (text) => {
      expect(heavyLogit(text)).toBeLessThan(MODEL_TUNING.doubtLogit);
      expect(analyzeDraft(text).categories).toContain('emotion');
    });
  });
});
