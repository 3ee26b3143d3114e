/**
 * Watches drafts in the messaging apps and shows the nudge beside the composer.
 * It reads the composer; it never writes into it, moves its caret or cancels its input events.
 *
 * Two halves: `DraftWatcher` (composer.ts) finds the composer and turns typing into analyses;
 * `NudgeHost` (nudge-host.tsx) draws the chip and card in a closed shadow root.
 */
import { CONTENT_MATCHES } from '../../lib/sites/matches';
import { DraftWatcher } from './composer';
import { NudgeHost } from './nudge-host';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  // Our styles travel inside the script and go into the shadow root: no file is exposed to pages.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const host = new NudgeHost(ctx);
    const watcher = new DraftWatcher(ctx, (state) => host.update(state));
    host.onDismiss = (kind) => watcher.dismiss(kind);
    await watcher.start();
  },
});
