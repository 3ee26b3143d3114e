/** Emoji of tears and heartbreak. */
export default [
  '💔',
  '😔',
  '😞',
  '😢',
  '😩',
  '😫',
  '😭',
  '😿',
  '🥺',
] as const;
