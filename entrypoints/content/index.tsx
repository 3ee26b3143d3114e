/**
 * Watches drafts in the messaging apps and shows the nudge beside the composer.
 * It reads the composer; it never writes into it, moves its caret or cancels its input events.
 *
 * Two halves: `DraftWatcher` (composer.ts) finds the composer and turns typing into analyses;
 * `NudgeHost` (nudge-host.tsx) draws the chip and card in a closed shadow root.
 */
import type { FoundComposer } from '../../lib/sites';
import { CONTENT_MATCHES } from '../../lib/sites/matches';
import { DraftWatcher } from './composer';
import { NudgeHost } from './nudge-host';
import { SendPause } from './send-pause';
import { sendRecord } from '../../lib/stats';
import { t } from '../../lib/ui/i18n';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  // WXT's start signal goes out as a document event only, never as a page-readable postMessage.
  noScriptStartedPostMessage: true,
  // Our styles travel inside the script and go into the shadow root: no file is exposed to pages.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const host = new NudgeHost(ctx);
    const watcher = new DraftWatcher(ctx, (state) => host.update(state));
    host.onDismiss = (kind) => watcher.dismiss(kind);
    const pause = new SendPause(ctx, {
      composer: () => watcher.current?.composer ?? null,
      sendKey: () => watcher.current?.site?.sendKey ?? 'enter',
      sendButton: () => nearestSendButton(watcher.current),
      // Only the send control of this composer: other buttons matching the selector are not ours to hold.
      isSendButton: (target) => {
        const button = nearestSendButton(watcher.current);
        return !!button && (button === target || button.contains(target));
      },
      readText: () => watcher.readNow(),
      latest: () => watcher.latest(),
      analyzeNow: (text) => watcher.analyzeNow(text),
      enabled: () => watcher.pauseEnabled,
      show: (analysis, choice) => host.showPause(analysis, choice),
      record: (event) => void sendRecord(event),
      enterHint: t('pauseHintEnter'),
    });
    watcher.onText = (text) => pause.noteText(text);
    watcher.onNewDraftContext = () => {
      pause.reset();
      const composer = watcher.current?.composer;
      if (composer) pause.watch(composer.ownerDocument);
    };
    await watcher.start();
  },
});

/** The send control nearest the composer (Gmail can have several replies open). */
function nearestSendButton(found: FoundComposer | null): HTMLElement | null {
  const send = found?.site?.send;
  if (!found || !send) return null;
  for (let el = found.composer.parentElement; el; el = el.parentElement) {
    const button = el.querySelector<HTMLElement>(send);
    if (button) return button;
  }
  return null;
}
