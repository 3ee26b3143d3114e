import type { Analysis } from '../../lib/analysis';
import type { Composer } from '../../lib/editors';

/** What the watcher hands the nudge after each analysis or change of composer. */
export interface DraftState {
  composer: Composer | null;
  /** Null while there is nothing to say (light, empty, paused, dismissed). */
  analysis: Analysis | null;
}
