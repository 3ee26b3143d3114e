/**
 * Finds the composer the person types in and turns each pause in typing into an analysis.
 * Reads only: never writes into the composer, moves its caret or cancels its events — every
 * listener here is passive observation.
 *
 * One `focusin` delegate (capture) finds composers wherever they appear: late, re-rendered,
 * after SPA navigation, several on a page, in open shadow roots (through the composed path) and in
 * same-origin iframes (whose documents get the same delegates once focus enters them).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis } from '../../lib/analysis';
import { read } from '../../lib/editors';
import { isRequest, type AnalyzeResponse, type SiteInfo } from '../../lib/messages';
import { activeOn, loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import { sendRecord } from '../../lib/stats';
import { conversationIdOf, conversationOf, resolveComposer, type FoundComposer } from '../../lib/sites';
import type { Dismissal } from '../../lib/ui/Nudge';
import { isSendKey } from './send-pause';
import type { DraftState } from './state';

/** A pause this long after the last key counts as "stopped typing": short enough to feel live. */
export const INPUT_DEBOUNCE_MS = 250;
/** Apps clear the composer a moment after a send key or click, often without an input event. */
const AFTER_SEND_MS = 120;
/** SPA navigation swaps the composer a moment after the URL changes; look for the new one then. */
const AFTER_NAVIGATION_MS = 300;
/**
 * How often we compare the URL to notice SPA navigation (pushState fires no event). Our own
 * check, not WXT's `wxt:locationchange`, which announces itself on the page's window.
 */
const LOCATION_POLL_MS = 1000;
/** Any number works as a starting phrasing; a wide range just makes each page load start elsewhere. */
const PHRASING_SEED_RANGE = 1000;

export class DraftWatcher {
  private settings: Settings | null = null;
  private found: FoundComposer | null = null;
  private conversationId = '';
  private analysis: Analysis | null = null;
  /** The exact text the current analysis read (the send pause compares it with what is sent). */
  private analyzedText = '';
  /** This draft's nudge was counted already (counts are per draft, not per keystroke). */
  private counted = false;
  /** Which phrasing of the advice this draft gets: a new draft, a new wording, so the card does not repeat itself. */
  private variant = Math.floor(Math.random() * PHRASING_SEED_RANGE);
  /** Told of every text read, so the send pause notices edits after a held send. */
  onText: (text: string) => void = () => undefined;
  /** Told when the composer or the conversation changes: what was held for the last one ends. */
  onNewDraftContext: () => void = () => undefined;
  private dismissedDraft = false;
  /** Conversations where the person chose "Not in this chat" (kept in memory only). */
  private readonly quietChats = new Set<string>();
  /** Documents (ours and same-origin iframes') that have our delegates. */
  private readonly watchedDocs = new WeakSet<Document>();
  private timer: number | undefined;
  /** Sees the editor change its own DOM (a send that clears it, an undo) without an input event. */
  private readonly observer = new MutationObserver(() => {
    this.endIfEmpty();
    this.schedule(INPUT_DEBOUNCE_MS);
  });
  /** Each analysis gets a number; a reply to an older one is ignored. */
  private seq = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly publish: (state: DraftState) => void,
  ) {}

  async start() {
    this.settings = (await loadSettings()).settings;
    // Retired while loading (an update): set nothing up that nothing would tear down.
    if (this.ctx.isInvalid) return;
    const unwatch = watchSettings(({ settings }) => {
      this.settings = settings;
      this.schedule(0);
    });
    this.ctx.onInvalidated(() => {
      unwatch();
      this.observer.disconnect();
      browser.runtime.onMessage.removeListener(this.onMessage);
    });
    browser.runtime.onMessage.addListener(this.onMessage);

    this.watch(document);
    // Focus entering an iframe fires no focusin here, only a blur of this window.
    this.ctx.addEventListener(window, 'blur', () => this.ctx.setTimeout(() => this.attachFocused(), 0));
    let href = location.href;
    const navigated = () => {
      if (location.href === href) return;
      href = location.href;
      this.reset();
      this.ctx.setTimeout(() => this.attachFocused(), AFTER_NAVIGATION_MS);
    };
    this.ctx.setInterval(navigated, LOCATION_POLL_MS);
    this.ctx.addEventListener(window, 'popstate', navigated);
    this.ctx.addEventListener(window, 'hashchange', navigated);
    this.attachFocused();
  }

  async dismiss(kind: Dismissal) {
    if (kind === 'draft') this.dismissedDraft = true;
    if (kind === 'chat' && this.conversationId) this.quietChats.add(this.conversationId);
    if (kind === 'site') {
      const host = location.hostname;
      // If storage is out of reach (the extension updating), the nudge still goes for now.
      await updateSettings((s) => ({ ...s, pausedSites: [...s.pausedSites, host] })).catch(() => undefined);
    }
    this.emit();
  }

  /** The composer being watched and its site, if any. */
  get current(): FoundComposer | null {
    return this.found?.composer.isConnected ? this.found : null;
  }

  /** The newest analysis and the exact text it read, whatever its level and any dismissal. */
  latest(): { text: string; analysis: Analysis } | null {
    return this.analysis ? { text: this.analyzedText, analysis: this.analysis } : null;
  }

  readNow(): string {
    return this.found ? read(this.found.composer, this.found.kind).text : '';
  }

  /** Whether a strong draft's send should be held once here. */
  get pauseEnabled(): boolean {
    // "Got it" quiets this draft, its send included.
    return !!this.settings?.sendPause && this.active && !this.dismissedDraft;
  }

  /** Analyzes the text now, outside the debounce (a send came before the last pause in typing). */
  async analyzeNow(text: string): Promise<Analysis | null> {
    if (!this.found || !this.settings) return null;
    try {
      const response: AnalyzeResponse = await browser.runtime.sendMessage(this.request(text, this.found, this.settings));
      return response?.ok ? response.analysis : null;
    } catch {
      return null; // retired by an update: let the send go as the person asked
    }
  }

  /** A nudged draft ended (sent, cleared or made light): the next one is counted anew and worded anew. */
  private endDraft() {
    if (this.counted) this.variant++;
    this.counted = false;
  }

  private request(text: string, found: FoundComposer, settings: Settings) {
    const { theirLastMessage, unansweredInRow } = conversationOf(found);
    return {
      type: 'kil:analyze' as const,
      text,
      options: {
        sensitivity: settings.sensitivity,
        categories: settings.categories,
        variant: this.variant,
        context: {
          ...(theirLastMessage ? { theirLastMessage } : {}),
          unansweredInRow,
          localHour: new Date().getHours(),
          ...(settings.quietHours.enabled ? { quietHours: settings.quietHours } : {}),
        },
      },
    };
  }

  private readonly onMessage = (message: unknown): Promise<SiteInfo> | undefined => {
    if (!isRequest(message) || message.type !== 'kil:site-info') return undefined;
    return Promise.resolve({ hostname: location.hostname, siteName: document.title || location.hostname });
  };

  /** Our delegates on one document; all observe only (capture, never preventDefault). */
  private watch(doc: Document) {
    if (this.watchedDocs.has(doc)) return;
    this.watchedDocs.add(doc);
    this.ctx.addEventListener(doc, 'focusin', (e) => this.onFocus(e), { capture: true });
    this.ctx.addEventListener(doc, 'input', (e) => this.onInput(e), { capture: true });
    this.ctx.addEventListener(doc, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    this.ctx.addEventListener(doc, 'click', (e) => this.onClick(e), { capture: true });
  }

  private get active(): boolean {
    return (
      !!this.settings && activeOn(this.settings, location.hostname) && !this.quietChats.has(this.conversationId)
    );
  }

  /** The real target, inside open shadow roots too. */
  private static targetOf(e: Event): EventTarget | null {
    return e.composedPath()[0] ?? e.target;
  }

  private onFocus(e: Event) {
    const target = DraftWatcher.targetOf(e);
    if (this.enterFrame(target)) return;
    const found = resolveComposer(target);
    if (found && found.composer !== this.found?.composer) this.attach(found);
  }

  /** Focus moving into a same-origin iframe: give its document our delegates. */
  private enterFrame(target: EventTarget | null): boolean {
    const frame = target as HTMLIFrameElement | null;
    if (!frame || (frame as unknown as Node).nodeType !== 1 || frame.tagName !== 'IFRAME') return false;
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument; // null or a throw for cross-origin frames: those are not ours
    } catch {
      return true;
    }
    if (!doc) return true;
    this.watch(doc);
    const found = resolveComposer(doc.activeElement);
    if (found && found.composer !== this.found?.composer) this.attach(found);
    return true;
  }

  private onInput(e: Event) {
    const found = resolveComposer(DraftWatcher.targetOf(e));
    if (!found) return;
    if (found.composer !== this.found?.composer) this.attach(found);
    else this.schedule(INPUT_DEBOUNCE_MS);
  }

  private onKeyDown(e: KeyboardEvent) {
    if (!this.found || !isSendKey(e, this.found.site?.sendKey ?? 'enter')) return;
    if (e.composedPath().includes(this.found.composer)) this.afterSend();
  }

  private onClick(e: Event) {
    const send = this.found?.site?.send;
    const target = DraftWatcher.targetOf(e) as Element | null;
    if (send && target && (target as unknown as Node).nodeType === 1 && target.closest(send)) this.afterSend();
  }

  /**
   * A send empties the composer, and the next draft may follow before the debounce ever sees it
   * empty; so look apart from the debounce (textareas change without mutations, hence the timer).
   */
  private afterSend() {
    this.ctx.setTimeout(() => this.endIfEmpty(), AFTER_SEND_MS);
    this.schedule(AFTER_SEND_MS);
  }

  /** An emptied composer (sent or cleared) ends the draft: its nudge and its dismissal go at once. */
  private endIfEmpty() {
    const found = this.found;
    if (!found?.composer.isConnected || (!this.analysis && !this.dismissedDraft)) return;
    const text = read(found.composer, found.kind).text;
    this.onText(text);
    if (text.trim()) return;
    this.dropDraft();
    this.emit();
  }

  /** The draft is over (sent, cleared, or its composer gone): its analysis, dismissal and any reply on the way. */
  private dropDraft() {
    this.seq++; // an answer still on its way is for a draft that no longer exists
    this.analysis = null;
    this.analyzedText = '';
    this.dismissedDraft = false;
    this.endDraft();
  }

  /** The composer that has focus now (after navigation or at start), looking into open shadow roots and frames. */
  private attachFocused() {
    let el: Element | null = document.activeElement;
    for (;;) {
      const inner: Element | null | undefined = el?.shadowRoot?.activeElement;
      if (inner) {
        el = inner;
        continue;
      }
      if (el?.tagName === 'IFRAME') {
        this.enterFrame(el);
        return;
      }
      break;
    }
    const found = resolveComposer(el);
    if (found && found.composer !== this.found?.composer) this.attach(found);
  }

  private attach(found: FoundComposer) {
    this.observer.disconnect();
    const { composer } = found;
    if (composer.tagName !== 'TEXTAREA' && composer.tagName !== 'INPUT')
      this.observer.observe(composer, { childList: true, subtree: true, characterData: true });
    this.found = found;
    this.conversationId = conversationIdOf(found);
    this.dropDraft();
    this.onNewDraftContext();
    this.schedule(0);
  }

  private reset() {
    this.observer.disconnect();
    this.found = null;
    this.conversationId = '';
    this.dropDraft();
    this.onNewDraftContext();
    this.emit();
  }

  private emit() {
    const shown = this.active && !this.dismissedDraft && this.analysis?.level !== 'light' ? this.analysis : null;
    this.publish({
      composer: this.found?.composer ?? null,
      analysis: shown,
    });
  }

  private schedule(delay: number) {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => void this.analyze(), delay);
  }

  private async analyze() {
    const found = this.found;
    if (!found || !found.composer.isConnected) {
      // Re-rendered or replaced (a chat switch): the new composer usually has focus already.
      this.reset();
      return this.attachFocused();
    }
    // Some apps switch chats under the same composer: per-conversation state follows the chat.
    const conversationId = conversationIdOf(found);
    if (conversationId !== this.conversationId) {
      this.conversationId = conversationId;
      this.onNewDraftContext();
      this.dismissedDraft = false;
    }
    const settings = this.settings;
    const { text } = read(found.composer, found.kind);
    this.onText(text);
    if (!settings || !this.active || !text.trim()) {
      this.dropDraft();
      return this.emit();
    }
    const seq = ++this.seq;
    let response: AnalyzeResponse;
    try {
      response = await browser.runtime.sendMessage(this.request(text, found, settings));
    } catch {
      // The extension was updated or reloaded: this script is retired, the new one takes over.
      return;
    }
    if (seq !== this.seq || found !== this.found || this.ctx.isInvalid || !response?.ok) return;
    // The composer went away while its draft was being read (a chat swap): nothing to show for it.
    if (!found.composer.isConnected) return this.reset();
    this.analysis = response.analysis;
    this.analyzedText = text;
    if (this.analysis.level === 'light') {
      this.dismissedDraft = false;
      this.endDraft();
    } else if (!this.counted) {
      this.counted = true;
      void sendRecord({ kind: 'nudged', categories: this.analysis.categories, level: this.analysis.level });
    }
    this.emit();
  }
}
