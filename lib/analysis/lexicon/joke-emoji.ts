/**
 * Emoji that mark a message as playful. Not 🙃 or 😅: in our drafts they sit as often on pointed or anxious
 * messages ("no pressure!! but reply by midnight 🙃", "glued to my phone all day waiting for you 😅") as on light ones.
 */
export default [
  '😁',
  '😂',
  '😄',
  '😆',
  '😉',
  '😛',
  '😜',
  '😝',
  '😹',
  '🤣',
] as const;
