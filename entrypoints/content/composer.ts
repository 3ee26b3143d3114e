/**
 * Finds the composer the person types in and turns each pause in typing into an analysis.
 * Reads only: never writes into the composer, moves its caret or cancels its events.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis } from '../../lib/analysis';
import { findComposer, readText, type Composer } from '../../lib/editors';
import { isRequest, type AnalyzeResponse, type SiteInfo } from '../../lib/messages';
import { activeOn, loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import type { Dismissal } from '../../lib/ui/Nudge';
import type { DraftState } from './state';

/** A pause this long after the last key counts as "stopped typing": short enough to feel live. */
export const INPUT_DEBOUNCE_MS = 250;
/** Apps clear the composer a moment after a send key, often without an input event. */
const AFTER_SEND_KEY_MS = 120;

export class DraftWatcher {
  private settings: Settings | null = null;
  private composer: Composer | null = null;
  private analysis: Analysis | null = null;
  private dismissedDraft = false;
  /** Conversations where the person chose "Not in this chat" (kept in memory only). */
  private readonly quietChats = new Set<string>();
  private timer: number | undefined;
  /** Sees the editor change its own DOM (a send that clears it, an undo) without an input event. */
  private readonly observer = new MutationObserver(() => this.schedule(INPUT_DEBOUNCE_MS));
  /** Each analysis gets a number; a reply to an older one is ignored. */
  private seq = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly publish: (state: DraftState) => void,
  ) {}

  async start() {
    this.settings = (await loadSettings()).settings;
    const unwatch = watchSettings(({ settings }) => {
      this.settings = settings;
      this.schedule(0);
    });
    this.ctx.onInvalidated(() => {
      unwatch();
      this.observer.disconnect();
    });

    this.ctx.addEventListener(document, 'focusin', (e) => this.onFocus(e), { capture: true });
    this.ctx.addEventListener(document, 'input', (e) => this.onInput(e), { capture: true });
    this.ctx.addEventListener(document, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.reset());

    browser.runtime.onMessage.addListener(this.onMessage);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(this.onMessage));

    const initial = findComposer(document.activeElement);
    if (initial) this.attach(initial);
  }

  async dismiss(kind: Dismissal) {
    if (kind === 'draft') this.dismissedDraft = true;
    if (kind === 'chat') this.quietChats.add(this.chatId());
    if (kind === 'site') {
      const host = location.hostname;
      await updateSettings((s) => ({ ...s, pausedSites: [...s.pausedSites, host] }));
    }
    this.emit();
  }

  private readonly onMessage = (message: unknown): Promise<SiteInfo> | undefined => {
    if (!isRequest(message) || message.type !== 'kil:site-info') return undefined;
    return Promise.resolve({ hostname: location.hostname, siteName: document.title || location.hostname });
  };

  private get active(): boolean {
    return !!this.settings && activeOn(this.settings, location.hostname) && !this.quietChats.has(this.chatId());
  }

  private chatId(): string {
    return location.pathname + location.hash;
  }

  private onFocus(e: Event) {
    const composer = findComposer(e.composedPath()[0] ?? e.target);
    if (composer && composer !== this.composer) this.attach(composer);
  }

  private onInput(e: Event) {
    const composer = findComposer(e.composedPath()[0] ?? e.target);
    if (!composer) return;
    if (composer !== this.composer) this.attach(composer);
    else this.schedule(INPUT_DEBOUNCE_MS);
  }

  private onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && this.composer && e.composedPath().includes(this.composer))
      this.schedule(AFTER_SEND_KEY_MS);
  }

  private attach(composer: Composer) {
    this.observer.disconnect();
    if (!(composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement))
      this.observer.observe(composer, { childList: true, subtree: true, characterData: true });
    this.composer = composer;
    this.analysis = null;
    this.dismissedDraft = false;
    this.schedule(0);
  }

  private reset() {
    this.observer.disconnect();
    this.composer = null;
    this.analysis = null;
    this.dismissedDraft = false;
    this.emit();
  }

  private emit() {
    const shown = this.active && !this.dismissedDraft && this.analysis?.level !== 'light' ? this.analysis : null;
    this.publish({ composer: this.composer, analysis: shown });
  }

  private schedule(delay: number) {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => void this.analyze(), delay);
  }

  private async analyze() {
    const composer = this.composer;
    if (!composer || !composer.isConnected) return this.reset();
    const settings = this.settings;
    const text = readText(composer);
    if (!settings || !this.active || !text.trim()) {
      this.dismissedDraft = false;
      this.analysis = null;
      return this.emit();
    }
    const seq = ++this.seq;
    let response: AnalyzeResponse;
    try {
      response = await browser.runtime.sendMessage({
        type: 'kil:analyze',
        text,
        options: {
          sensitivity: settings.sensitivity,
          categories: settings.categories,
          context: {
            localHour: new Date().getHours(),
            ...(settings.quietHours.enabled ? { quietHours: settings.quietHours } : {}),
          },
        },
      });
    } catch {
      // The extension was updated or reloaded: this script is retired, the new one takes over.
      return;
    }
    if (seq !== this.seq || this.ctx.isInvalid || !response?.ok) return;
    this.analysis = response.analysis;
    if (this.analysis.level === 'light') this.dismissedDraft = false;
    this.emit();
  }
}
