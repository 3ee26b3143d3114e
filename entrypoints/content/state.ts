import type { Analysis } from '../../lib/analysis';
import type { Composer } from '../../lib/editors';

/** What the watcher hands the nudge after each analysis or change of composer. */
export interface DraftState {
  composer: Composer | null;
  /** Null while there is nothing to say (light, empty, paused, dismissed). */
  analysis: Analysis | null;
  /** The conversation the composer belongs to (in memory only, never stored). */
  conversationId?: string;
  /** Where the caret is in the draft's text, when it is in the composer. */
  caret?: number | null;
}
