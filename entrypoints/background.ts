/**
 * The background service worker runs the analysis, so compromise loads once here instead of
 * into every messaging tab (content scripts stay small; see issue 9).
 */
import { browser } from 'wxt/browser';
import { analyzeDraft } from '../lib/analysis';
import { isRequest, type AnalyzeResponse } from '../lib/messages';
import { recordEvent } from '../lib/stats';

/** Longer drafts are cut before analysis: nobody sends a message this long, and time stays bounded. */
const MAX_ANALYZED_CHARS = 50_000;

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages may ask; there is no externally_connectable.
    if (sender.id !== browser.runtime.id || !isRequest(message)) return;
    if (message.type === 'kil:record') {
      // Counts only; a failed write costs one count, never the sender's flow.
      return recordEvent(message.event).then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
    }
    if (message.type !== 'kil:analyze') return;
    let response: AnalyzeResponse;
    try {
      response = { ok: true, analysis: analyzeDraft(message.text.slice(0, MAX_ANALYZED_CHARS), message.options) };
    } catch (error) {
      response = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    return Promise.resolve(response);
  });
});
