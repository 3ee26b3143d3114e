/**
 * Draws the nudge in a closed shadow root beside the composer: a chip while typing, the card on
 * click or Alt+Shift+K. Nothing of ours has a box on the page while the draft is light.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import nudgeCss from '../../assets/nudge.css?inline';
import type { Analysis } from '../../lib/analysis';
import { Announcer, Nudge, type Dismissal, type PauseChoice } from '../../lib/ui/Nudge';
import { loadSettings, watchSettings } from '../../lib/settings';
import { phraseRects, type MarkRect } from './highlights';
import { placeNudge, themeOf } from './placement';
import type { DraftState } from './state';

/** Our shortcut to open the card from the composer. Alt+Shift avoids the apps' own shortcuts. */
const OPEN_SHORTCUT = { altKey: true, shiftKey: true, code: 'KeyK' } as const;

export class NudgeHost {
  onDismiss: (kind: Dismissal) => void = () => undefined;
  private state: DraftState = { composer: null, analysis: null };
  private open = false;
  /** A held send: shown over any dismissal until the person chooses or the draft changes. */
  private pause: { analysis: Analysis; choice: PauseChoice } | null = null;
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private mounting: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  /** Composers grow as people type: follow their size, not only the window's. */
  private readonly resizes = new ResizeObserver(() => this.layout());
  /** While something shows: the composer leaving the page (a chat swap) takes our nudge with it. */
  private readonly removal = new MutationObserver(() => {
    if (this.state.composer && !this.state.composer.isConnected) this.update({ composer: null, analysis: null });
  });
  /** Underlines under the flagged phrases, in viewport coordinates. */
  private marks: MarkRect[] = [];
  private highlights = true;
  private frame = 0;
  /** The app's theme behind the composer, read once per composer (it walks computed styles). */
  private theme: 'light' | 'dark' | null = null;
  /** Documents whose keys we listen to for our shortcut: ours and any same-origin frame a composer lives in. */
  private readonly keyDocs = new WeakSet<Document>();

  constructor(private readonly ctx: ContentScriptContext) {
    this.listenForKeys(document);
    ctx.addEventListener(window, 'resize', () => this.layoutSoon());
    ctx.addEventListener(window, 'scroll', () => this.layoutSoon(), { capture: true, passive: true });
    // Typing moves the words: old underlines go at once and come back with the next analysis.
    ctx.addEventListener(document, 'input', () => this.clearMarks(), { capture: true });
    void loadSettings().then(({ settings }) => (this.highlights = settings.highlights));
    ctx.onInvalidated(watchSettings(({ settings }) => (this.highlights = settings.highlights)));
    ctx.onInvalidated(() => {
      this.resizes.disconnect();
      this.removal.disconnect();
      this.ui?.remove();
    });
  }

  private listenForKeys(doc: Document) {
    if (this.keyDocs.has(doc)) return;
    this.keyDocs.add(doc);
    this.ctx.addEventListener(doc, 'keydown', (e) => this.onKey(e as KeyboardEvent), { capture: true });
  }

  update(state: DraftState) {
    const wasShown = !!this.state.analysis;
    if (state.composer) this.listenForKeys(state.composer.ownerDocument);
    if (state.composer !== this.state.composer) {
      this.resizes.disconnect();
      if (state.composer) this.resizes.observe(state.composer);
      this.pause = null; // a held send belongs to the composer it was held in
      this.theme = null;
    }
    this.state = state;
    if (!this.pause && (!state.analysis || !wasShown)) this.open = false;
    this.removal.disconnect();
    if (state.composer && (state.analysis || this.pause))
      this.removal.observe(state.composer.ownerDocument, { childList: true, subtree: true });
    this.render();
  }

  showPause(analysis: Analysis | null, choice: PauseChoice | null) {
    this.pause = analysis && choice ? { analysis, choice } : null;
    this.open = !!this.pause;
    this.render();
  }

  private onKey(e: KeyboardEvent) {
    if (!(this.pause || this.state.analysis) || e.isComposing) return;
    // Escape outside the card (back in the composer) also closes it; the app still gets the key.
    if (e.key === 'Escape' && this.open) return this.setOpen(false);
    if (e.altKey === OPEN_SHORTCUT.altKey && e.shiftKey === OPEN_SHORTCUT.shiftKey && e.code === OPEN_SHORTCUT.code) {
      // Our own shortcut only, and only while a nudge shows.
      e.preventDefault();
      e.stopPropagation();
      this.setOpen(true);
    }
  }

  private setOpen(open: boolean) {
    if (!open) this.pause = null;
    this.open = open;
    this.render();
    if (!open) this.state.composer?.focus({ preventScroll: true });
  }

  private ensureUi(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.mounting ??= createShadowRootUi(this.ctx, {
      name: 'keep-it-light-nudge',
      mode: 'closed',
      css: nudgeCss,
      // WXT's own reset is `all: initial !important`, which would beat our placement styles on the
      // host; nudge.css resets the host itself without !important.
      inheritStyles: true,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Our keys stay ours: Gmail's or Slack's shortcuts never see them.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.mounting;
  }

  private get shown() {
    return this.pause?.analysis ?? this.state.analysis;
  }

  private render() {
    if (!this.shown && !this.ui) return;
    void this.ensureUi().then(() => this.layout());
  }

  /** Scrolls and resizes come in bursts: one layout per frame is enough to follow them. */
  private layoutSoon() {
    if (this.frame || !this.shown) return;
    this.frame = this.ctx.requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  /** Draws, places the chip or card beside the composer, then lays the underlines. */
  private layout() {
    const ui = this.ui;
    if (!ui || this.ctx.isInvalid) return;
    const analysis = this.shown;
    const composer = this.state.composer;
    if (!analysis || !composer) {
      // Hidden already: scrolls and resizes in the app cost us nothing.
      if (ui.shadowHost.style.display === 'none') return;
      ui.shadowHost.style.display = 'none';
      this.marks = [];
      return this.draw(ui);
    }
    ui.shadowHost.style.display = '';
    this.draw(ui);
    placeNudge(ui.shadowHost, composer);
    const phrases = this.highlights ? analysis.findings.flatMap((f) => f.phrases) : [];
    this.marks = phraseRects(composer, phrases, ui.uiContainer);
    this.draw(ui);
  }

  private clearMarks() {
    if (!this.marks.length || !this.ui) return;
    this.marks = [];
    this.draw(this.ui);
  }

  private draw(ui: ShadowRootContentScriptUi<HTMLElement>) {
    const analysis = this.shown;
    const composer = this.state.composer;
    const origin = ui.shadowHost.getBoundingClientRect();
    render(
      <>
        <Announcer analysis={analysis} paused={!!this.pause} />
        <Nudge
          analysis={analysis}
          open={this.open}
          onToggle={(open) => this.setOpen(open)}
          onDismiss={(kind) => {
            this.setOpen(false);
            this.onDismiss(kind);
          }}
          theme={composer ? (this.theme ??= themeOf(composer)) : 'light'}
          pause={this.pause?.choice}
        />
        <div class="kil-marks" aria-hidden="true">
          {this.marks.map((m, i) => (
            <div
              key={i}
              class="kil-mark"
              style={{ left: `${m.left - origin.left}px`, top: `${m.top + m.height - origin.top - 2}px`, width: `${m.width}px` }}
            />
          ))}
        </div>
      </>,
      ui.mounted!,
    );
  }
}
