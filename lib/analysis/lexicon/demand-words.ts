/** Words of a decision or account being demanded ("make a decision", "explain"). */
export default [
  'answer',
  'answers',
  'calls',
  'choose',
  'decide',
  'decision',
  'explain',
  'explanation',
  'messages',
  'replies',
  'reply',
  'respond',
  'response',
  'texts',
] as const;
