/** Ways of getting back to someone, as in 'answer me'. */
export default [
  'answer',
  'answered',
  'answering',
  'call',
  'calling',
  'message',
  'messaging',
  'replied',
  'reply',
  'replying',
  'respond',
  'responded',
  'responding',
  'text',
  'texting',
] as const;
