/** Labels and big steps that define a relationship. */
export default [
  'boyfriend',
  'engaged',
  'engagement',
  'exclusive',
  'fiance',
  'fiancee',
  'girlfriend',
  'husband',
  'marriage',
  'married',
  'official',
  'wedding',
  'wife',
] as const;
