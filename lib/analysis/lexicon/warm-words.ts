/** Warm words that turn 'you always …' into a compliment. */
export default [
  'amazing',
  'best',
  'cheer',
  'fun',
  'good',
  'great',
  'help',
  'helped',
  'kind',
  'laugh',
  'right',
  'smile',
  'sweet',
] as const;
