import { describe, expect, test } from 'vitest';
import { SITES, siteFor } from '../../lib/sites';
import { CONTENT_MATCHES } from '../../lib/sites/matches';
import { tally } from '../../lib/sites/types';

describe('the site registry', () => {
  test.each(SITES.map((s) => [s.id, s] as const))('%s: every host is in the manifest matches, with a note per selector', (_, site) => {
    for (const host of site.hosts) expect(CONTENT_MATCHES.some((m) => m.startsWith(`https://${host}/`))).toBe(true);
    expect(site.composers.length).toBeGreaterThan(0);
    for (const c of site.composers) expect(c.note).toMatch(/\d{4}/);
    expect(site.testedOn.length).toBeGreaterThan(0);
  });

  test('every matched host has a site file', () => {
    for (const m of CONTENT_MATCHES) expect(siteFor(new URL(m.replace('*', '')).hostname)).toBeDefined();
  });
});

describe('tally of the visible conversation', () => {
  test.each([
    ['nothing visible', [], { unansweredInRow: 0 }],
    ['their message last', [{ mine: true, text: 'hi' }, { mine: false, text: 'hey you' }], { theirLastMessage: 'hey you', unansweredInRow: 0 }],
    [
      'three of ours after theirs',
      [{ mine: false, text: 'see you' }, { mine: true, text: 'a' }, { mine: true, text: 'b' }, { mine: true, text: 'c' }],
      { theirLastMessage: 'see you', unansweredInRow: 3 },
    ],
    ['only ours', [{ mine: true, text: 'a' }, { mine: true, text: 'b' }], { unansweredInRow: 2 }],
  ])('%s', (_, messages, expected) => {
    expect(tally(messages)).toEqual(expected);
  });
});
