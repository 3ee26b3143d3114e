/**
 * The one exception to "read only": a single held send on a strong draft. When the person sends
 * (the app's send key, or its send button) a strong draft that was not paused yet, that send is
 * held and the card asks "send anyway or edit?". The draft stays exactly as written, and the next
 * send of the same text goes through to the app's own handler untouched.
 *
 * Handled on window in the capture phase, so the app's own handlers never see a held key.
 * Light and heads-up drafts pass at once when the analysis has caught up with the text. When typing
 * outran it, the send waits for one analysis (milliseconds) and then goes through the app's own send
 * control; where the app has none we let it go at once rather than synthesise a key.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis } from '../../lib/analysis';
import type { Composer } from '../../lib/editors';
import type { StatsEvent } from '../../lib/stats';
import type { PauseChoice } from '../../lib/ui/Nudge';

export type SendKey = 'enter' | 'mod-enter';

/** Whether this key press sends in an app whose send key is `sendKey`. */
export function isSendKey(e: KeyboardEvent, sendKey: SendKey): boolean {
  // Never during IME composition (229 is the composition keyCode), never with Shift or Alt.
  if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || e.shiftKey || e.altKey) return false;
  const mod = e.ctrlKey || e.metaKey;
  return sendKey === 'mod-enter' ? mod : !mod;
}

/** A held send waits this long at most for the analysis; then it goes as the person asked. */
const STALE_CHECK_TIMEOUT_MS = 1500;

export interface PauseDeps {
  composer(): Composer | null;
  /** Enter in chat apps; Ctrl/Cmd+Enter in mail apps. */
  sendKey(): SendKey;
  /** The app's send control for the current composer, when the site knows it. */
  sendButton(): HTMLElement | null;
  isSendButton(target: Element): boolean;
  readText(): string;
  /** The newest analysis and the exact text it read, whatever its level and any dismissals. */
  latest(): { text: string; analysis: Analysis } | null;
  /** Analyzes the text now (used when typing outran the debounced analysis). */
  analyzeNow(text: string): Promise<Analysis | null>;
  /** The send pause is switched on, and Keep It Light is active in this chat. */
  enabled(): boolean;
  show(analysis: Analysis | null, choice: PauseChoice | null): void;
  record(event: StatsEvent): void;
  /** The hint when we cannot press the app's send button for the person. */
  enterHint: string;
}

export class SendPause {
  /** The text of the draft whose send was held; the next send of exactly this text passes. */
  private pausedText: string | null = null;
  private editedRecorded = false;
  /** Set only while we replay a held send ourselves (click() dispatches synchronously). */
  private replaying = false;
  /** A held send whose draft is being analyzed right now; further sends wait for its answer. */
  private pending = false;
  private readonly windows = new WeakSet<Window>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly deps: PauseDeps,
  ) {
    this.watch(document);
  }

  /** Listens where sends happen: the top window, and the window of any same-origin frame a composer is in. */
  watch(doc: Document) {
    const win = doc.defaultView;
    if (!win || this.windows.has(win)) return;
    this.windows.add(win);
    this.ctx.addEventListener(win, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), { capture: true });
    this.ctx.addEventListener(win, 'click', (e) => this.onClick(e as MouseEvent), { capture: true });
  }

  /** Called with each text the watcher reads, to notice edits after a pause and cleared drafts. */
  noteText(text: string) {
    if (this.pausedText === null) return;
    if (!text.trim()) return this.clear();
    if (text !== this.pausedText && !this.editedRecorded) {
      this.editedRecorded = true;
      this.deps.record({ kind: 'pause', outcome: 'edited' });
    }
  }

  private clear() {
    this.pausedText = null;
    this.editedRecorded = false;
    this.deps.show(null, null);
  }

  /** Another composer or chat: a pause held for the last one means nothing here. */
  reset() {
    if (this.pausedText !== null) this.clear();
  }

  private onKeyDown(e: KeyboardEvent) {
    if (!isSendKey(e, this.deps.sendKey())) return;
    const composer = this.deps.composer();
    if (!composer || !e.composedPath().includes(composer)) return;
    // An open suggestion list (mentions, emoji, autocomplete) takes this Enter, not the send.
    if (composer.getAttribute('aria-expanded') === 'true' || composer.getAttribute('aria-activedescendant')) return;
    this.decide(e, null);
  }

  private onClick(e: MouseEvent) {
    // No instanceof: a frame's elements come from another window's constructors.
    const target = e.target as Element | null;
    if (!target || target.nodeType !== Node.ELEMENT_NODE || !this.deps.composer() || !this.deps.isSendButton(target)) return;
    this.decide(e, target as HTMLElement);
  }

  /** `clicked` is the send control the person clicked, or null for a send key. */
  private decide(e: Event, clicked: HTMLElement | null) {
    if (this.replaying || !this.deps.enabled()) return;
    if (this.pending) return hold(e); // a second press while the first is being checked
    const text = this.deps.readText();
    if (!text.trim()) return;
    if (this.pausedText !== null) {
      if (text === this.pausedText) {
        // The second send of the same draft: it goes through as written.
        this.deps.record({ kind: 'pause', outcome: 'sent-anyway' });
        this.pausedText = null;
        this.editedRecorded = false;
        this.deps.show(null, null);
        return;
      }
      this.noteText(text);
    }
    const latest = this.deps.latest();
    if (latest && latest.text === text) {
      if (latest.analysis.level === 'strong') {
        hold(e);
        this.pause(text, latest.analysis);
      }
      return;
    }
    // Typing outran the analysis. We can hold, check and then send only through the app's own
    // send control; without one the send goes at once (we never synthesise keys in the page).
    const control = clicked ?? this.deps.sendButton();
    if (!control) return;
    hold(e);
    this.pending = true;
    const timeout = new Promise<null>((done) => setTimeout(() => done(null), STALE_CHECK_TIMEOUT_MS));
    void Promise.race([this.deps.analyzeNow(text), timeout]).then((analysis) => {
      this.pending = false;
      // Even if the extension was updated meanwhile, the person's send must not be lost.
      if (analysis?.level === 'strong' && !this.ctx.isInvalid) this.pause(text, analysis);
      else this.replay(control);
    });
  }

  private pause(text: string, analysis: Analysis) {
    this.pausedText = text;
    this.editedRecorded = false;
    this.deps.record({ kind: 'pause', outcome: 'paused' });
    this.deps.show(analysis, {
      hint: this.deps.enterHint,
      onEdit: () => {
        this.deps.show(null, null);
        this.deps.composer()?.focus({ preventScroll: true });
      },
      onSendAnyway: () => {
        const button = this.deps.sendButton();
        if (button) button.click();
        else this.deps.composer()?.focus({ preventScroll: true });
      },
    });
  }

  /** Sends a held, not-strong draft the way the person asked: through the app's own control. */
  private replay(control: HTMLElement) {
    this.replaying = true;
    try {
      control.click();
    } finally {
      this.replaying = false;
    }
  }
}

function hold(e: Event) {
  e.preventDefault();
  e.stopImmediatePropagation();
}
