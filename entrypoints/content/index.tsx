/**
 * Watches drafts in the messaging apps and shows the nudge beside the composer.
 * It reads the composer; it never writes into it, moves its caret or cancels its input events.
 */
import '../../assets/nudge.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Analysis } from '../../lib/analysis';
import { findComposer, readText, type Composer } from '../../lib/editors';
import { isRequest, type AnalyzeResponse, type SiteInfo } from '../../lib/messages';
import {
  activeOn,
  loadSettings,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../lib/settings';
import { CONTENT_MATCHES } from '../../lib/sites/matches';
import { Announcer, Nudge, type Dismissal } from '../../lib/ui/Nudge';
import { placeNudge, themeOf } from './placement';

/** A pause this long after the last key counts as "stopped typing": short enough to feel live. */
const INPUT_DEBOUNCE_MS = 250;
/** Our shortcut to open the card from the composer. Alt+Shift avoids the apps' own shortcuts. */
const OPEN_SHORTCUT = { altKey: true, shiftKey: true, code: 'KeyK' } as const;

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const watcher = new DraftWatcher(ctx);
    await watcher.start();
  },
});

class DraftWatcher {
  private settings: Settings | null = null;
  private composer: Composer | null = null;
  private analysis: Analysis | null = null;
  private open = false;
  private dismissedDraft = false;
  /** Conversations where the person chose "Not in this chat" (kept in memory only). */
  private readonly quietChats = new Set<string>();
  private timer: number | undefined;
  /** Each analysis gets a number; a reply to an older one is ignored. */
  private seq = 0;
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  async start() {
    this.settings = (await loadSettings()).settings;
    const unwatch = watchSettings(({ settings }) => {
      this.settings = settings;
      this.schedule(0);
    });
    this.ctx.onInvalidated(() => {
      unwatch();
      this.ui?.remove();
    });

    this.ctx.addEventListener(document, 'focusin', (e) => this.onFocus(e), { capture: true });
    this.ctx.addEventListener(document, 'input', (e) => this.onInput(e), { capture: true });
    this.ctx.addEventListener(document, 'keydown', (e) => this.onKey(e), { capture: true });
    this.ctx.addEventListener(window, 'resize', () => this.position());
    this.ctx.addEventListener(window, 'scroll', () => this.position(), { capture: true, passive: true });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.reset());

    browser.runtime.onMessage.addListener(this.onMessage);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(this.onMessage));

    const initial = findComposer(document.activeElement);
    if (initial) this.attach(initial);
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

  private onKey(e: KeyboardEvent) {
    const visible = this.analysis && this.analysis.level !== 'light' && !this.dismissedDraft;
    if (!visible || e.isComposing) return;
    if (e.altKey === OPEN_SHORTCUT.altKey && e.shiftKey === OPEN_SHORTCUT.shiftKey && e.code === OPEN_SHORTCUT.code) {
      // Our own shortcut only: the app never needed this key combination while a nudge shows.
      e.preventDefault();
      e.stopPropagation();
      this.setOpen(true);
    }
  }

  private attach(composer: Composer) {
    this.composer = composer;
    this.analysis = null;
    this.open = false;
    this.dismissedDraft = false;
    this.schedule(0);
  }

  private reset() {
    this.composer = null;
    this.analysis = null;
    this.open = false;
    this.dismissedDraft = false;
    this.render();
  }

  private schedule(delay: number) {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => void this.analyze(), delay);
  }

  private async analyze() {
    const composer = this.composer;
    if (!composer || !composer.isConnected) return this.reset();
    const settings = this.settings;
    if (!settings || !this.active) {
      this.analysis = null;
      return this.render();
    }
    const text = readText(composer);
    if (!text.trim()) {
      this.dismissedDraft = false;
      this.analysis = null;
      return this.render();
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
    const wasLight = !this.analysis || this.analysis.level === 'light';
    this.analysis = response.analysis;
    if (this.analysis.level === 'light') {
      this.dismissedDraft = false;
      this.open = false;
    } else if (wasLight) this.open = false;
    this.render();
  }

  private setOpen(open: boolean) {
    this.open = open;
    this.render();
    if (!open) this.composer?.focus({ preventScroll: true });
  }

  private async dismiss(kind: Dismissal) {
    if (kind === 'draft') this.dismissedDraft = true;
    if (kind === 'chat') this.quietChats.add(this.chatId());
    if (kind === 'site') {
      const host = location.hostname;
      await updateSettings((s) => ({ ...s, pausedSites: [...s.pausedSites, host] }));
    }
    this.setOpen(false);
  }

  private async ensureUi(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (this.ui) return this.ui;
    this.ui = await createShadowRootUi(this.ctx, {
      name: 'keep-it-light-nudge',
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Our clicks and keys stay ours: Gmail's or Slack's shortcuts never see them.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });
    this.ui.mount();
    return this.ui;
  }

  private render() {
    const shown = this.analysis && this.analysis.level !== 'light' && !this.dismissedDraft ? this.analysis : null;
    if (!shown && !this.ui) return;
    void this.ensureUi().then((ui) => {
      if (this.ctx.isInvalid) return;
      const container = ui.mounted!;
      // While the draft is light nothing of ours has a box on the page.
      ui.shadowHost.style.display = shown ? '' : 'none';
      render(
        <>
          <Announcer analysis={shown} />
          <Nudge
            analysis={shown}
            open={this.open}
            onToggle={(open) => this.setOpen(open)}
            onDismiss={(kind) => void this.dismiss(kind)}
            theme={this.composer ? themeOf(this.composer) : 'light'}
          />
        </>,
        container,
      );
      this.position();
    });
  }

  private position() {
    if (!this.ui?.shadowHost || !this.composer) return;
    placeNudge(this.ui.shadowHost, this.composer);
  }
}
