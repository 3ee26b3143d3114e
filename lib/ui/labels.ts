/** Names of the categories, levels and notices as our pages show them (popup and options). */
import type { CategoryId, Sensitivity } from '../settings';
import type { MessageKey } from './i18n';

/** The switch label: the principle, as advice. */
export const CATEGORY_TEXT: Record<CategoryId, MessageKey> = {
  length: 'catLength',
  emotion: 'catEmotion',
  pressure: 'catPressure',
  neediness: 'catNeediness',
  past: 'catPast',
  blame: 'catBlame',
  commitment: 'catCommitment',
};

/** The topic, as a noun for sentences like "Most often: length (3)". */
export const TOPIC_TEXT: Record<CategoryId, MessageKey> = {
  length: 'topicLength',
  emotion: 'topicEmotion',
  pressure: 'topicPressure',
  neediness: 'topicNeediness',
  past: 'topicPast',
  blame: 'topicBlame',
  commitment: 'topicCommitment',
};

export const SENSITIVITY_TEXT: Record<Sensitivity, { name: MessageKey; help: MessageKey }> = {
  gentle: { name: 'sensitivityGentle', help: 'sensitivityGentleHelp' },
  balanced: { name: 'sensitivityBalanced', help: 'sensitivityBalancedHelp' },
  strict: { name: 'sensitivityStrict', help: 'sensitivityStrictHelp' },
};

export type Notice = 'repaired' | 'future' | 'reset';

export const SETTINGS_NOTICE: Record<Notice, MessageKey> = {
  repaired: 'settingsNoteRepaired',
  future: 'settingsNoteFuture',
  reset: 'settingsNoteReset',
};

export const STATS_NOTICE: Record<Notice, MessageKey> = {
  repaired: 'statsNoteRepaired',
  future: 'statsNoteFuture',
  reset: 'statsNoteReset',
};
