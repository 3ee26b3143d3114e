/** Emoji that mark a message as playful. */
export default [
  '😁',
  '😂',
  '😄',
  '😅',
  '😆',
  '😉',
  '😛',
  '😜',
  '😝',
  '😹',
  '🙃',
  '🤣',
] as const;
