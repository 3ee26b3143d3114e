/**
 * The one exception to "read only": a single held send on a strong draft. When the person sends
 * (the app's send key, or its send button) a strong draft that was not paused yet, that send is
 * held and the card asks "send anyway or edit?". The draft stays exactly as written, and the next
 * send of the same text goes through to the app's own handler untouched.
 *
 * Handled on window in the capture phase, so the app's own handlers never see a held key.
 * Light and heads-up drafts pass at once, with nothing added on the way.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis } from '../../lib/analysis';
import type { Composer } from '../../lib/editors';
import type { StatsEvent } from '../../lib/stats';
import type { PauseChoice } from '../../lib/ui/Nudge';

export type SendKey = 'enter' | 'mod-enter';

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
  /** A send we replay ourselves after a stale check found the draft not strong. */
  private passNext = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly deps: PauseDeps,
  ) {
    ctx.addEventListener(window, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    ctx.addEventListener(window, 'click', (e) => this.onClick(e), { capture: true });
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

  private isSendKey(e: KeyboardEvent): boolean {
    // Never during IME composition (229 is the composition keyCode), never with Shift or Alt.
    if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || e.shiftKey || e.altKey) return false;
    const mod = e.ctrlKey || e.metaKey;
    return this.deps.sendKey() === 'mod-enter' ? mod : !mod;
  }

  private onKeyDown(e: KeyboardEvent) {
    if (!this.isSendKey(e)) return;
    const composer = this.deps.composer();
    if (!composer || !e.composedPath().includes(composer)) return;
    this.decide(e, 'key');
  }

  private onClick(e: MouseEvent) {
    const target = e.target;
    if (!(target instanceof Element) || !this.deps.composer() || !this.deps.isSendButton(target)) return;
    this.decide(e, 'click');
  }

  private decide(e: Event, how: 'key' | 'click') {
    if (this.passNext) {
      this.passNext = false;
      return;
    }
    if (!this.deps.enabled()) return;
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
    // Typing outran the analysis: hold this send, read the current text, then decide.
    hold(e);
    void this.deps.analyzeNow(text).then((analysis) => {
      if (this.ctx.isInvalid) return;
      if (analysis?.level === 'strong') this.pause(text, analysis);
      else this.replay(how);
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
  private replay(how: 'key' | 'click') {
    const button = this.deps.sendButton();
    const composer = this.deps.composer();
    this.passNext = true;
    if (button) button.click();
    else if (composer && how === 'key') {
      const mod = this.deps.sendKey() === 'mod-enter';
      composer.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: mod, bubbles: true, cancelable: true, composed: true }),
      );
    } else this.passNext = false;
  }
}

function hold(e: Event) {
  e.preventDefault();
  e.stopImmediatePropagation();
}
