/** Words that turn a feeling up. */
export default [
  'absolutely',
  'completely',
  'deeply',
  'entirely',
  'extremely',
  'incredibly',
  'insanely',
  'literally',
  'seriously',
  'so',
  'totally',
  'truly',
  'utterly',
] as const;
