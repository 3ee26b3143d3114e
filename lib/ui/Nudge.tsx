/**
 * The nudge: a small chip that names what stands out, and a card with the why, the phrases and
 * one lighter move per finding. Shared by the content script (inside a closed shadow root) and
 * the practice page. Renders nothing while the draft is light.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../analysis';
import { t } from './i18n';

export type Dismissal = 'draft' | 'chat' | 'site';

export interface NudgeProps {
  analysis: Analysis | null;
  open: boolean;
  onToggle(open: boolean): void;
  /** Omitted where a choice makes no sense (the practice page has no chat or site). */
  onDismiss?(kind: Dismissal): void;
  /** "dark" or "light": follows the app's own theme where we can tell it. */
  theme?: 'light' | 'dark';
  /** Always open in the page's flow (practice pad): no chip, no close button, focus stays put. */
  inline?: boolean;
  /** Set while a send is held: the card asks "send anyway or edit?" instead of offering dismissals. */
  pause?: PauseChoice;
}

export interface PauseChoice {
  onSendAnyway(): void;
  onEdit(): void;
  /** Shown when we cannot send for the person: the next Enter goes through as written. */
  hint?: string;
}

/** More than this many findings would turn the card into a lecture; the rest is summarised. */
const MAX_FINDINGS_SHOWN = 3;
/** Longer quoted phrases are shortened so the card stays a glance. */
const MAX_PHRASE_CHARS = 60;

const clip = (s: string) => (s.length > MAX_PHRASE_CHARS ? `${s.slice(0, MAX_PHRASE_CHARS - 1)}…` : s);

export function chipLabel(analysis: Analysis): string {
  return analysis.findings[0]?.label ?? analysis.notes[0]?.kind.replace('-', ' ') ?? '';
}

export function Nudge({ analysis, open, onToggle, onDismiss, theme = 'light', inline = false, pause }: NudgeProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const visible = analysis !== null && analysis.level !== 'light';

  useEffect(() => {
    // A held send keeps the focus in the composer, so the next Enter sends as written.
    if (open && visible && !inline && !pause) closeRef.current?.focus();
  }, [open, visible, inline, pause]);

  if (!visible) return <div class="kil-root" data-theme={theme} />;
  const label = chipLabel(analysis);
  const shown = analysis.findings.slice(0, MAX_FINDINGS_SHOWN);
  const hidden = analysis.findings.length - shown.length;

  return (
    <div
      class="kil-root"
      data-theme={theme}
      data-level={analysis.level}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          onToggle(false);
        }
      }}
    >
      {!open && !inline && (
        <button
          type="button"
          class="kil-chip"
          aria-expanded="false"
          aria-label={t('chipOpenHint', label)}
          onClick={() => onToggle(true)}
        >
          <span class="kil-dot" aria-hidden="true" />
          {label}
        </button>
      )}
      {(open || inline) && (
        <section class="kil-card" aria-labelledby="kil-card-title">
          <header class="kil-head">
            <span class="kil-dot" aria-hidden="true" />
            <h2 id="kil-card-title">
              {pause ? t('pauseTitle') : analysis.level === 'strong' ? t('levelStrong') : t('levelHeadsUp')}
            </h2>
            {!inline && (
            <button
              ref={closeRef}
              type="button"
              class="kil-close"
              aria-label={t('close')}
              onClick={() => onToggle(false)}
            >
              ×
            </button>
            )}
          </header>
          {pause && <p class="kil-intro">{t('pauseIntro')}</p>}
          <ul class="kil-findings">
            {shown.map((f) => (
              <li key={f.category} class="kil-finding">
                <p class="kil-why">{f.why}</p>
                {f.phrases.length > 0 && (
                  <p class="kil-phrases">
                    <span class="kil-visually-hidden">{t('cardPhrases')}: </span>
                    {f.phrases.slice(0, 2).map((p) => (
                      <q key={p}>{clip(p)}</q>
                    ))}
                  </p>
                )}
                <p class="kil-tip">
                  <strong>{t('cardTry')}:</strong> {f.tip}
                </p>
              </li>
            ))}
            {analysis.notes.map((n) => (
              <li key={n.kind} class="kil-finding">
                <p class="kil-why">{n.why}</p>
                <p class="kil-tip">
                  <strong>{t('cardTry')}:</strong> {n.tip}
                </p>
              </li>
            ))}
          </ul>
          {hidden > 0 && <p class="kil-more">{t('andMore', String(hidden))}</p>}
          {pause && (
            <footer class="kil-actions">
              <button type="button" class="kil-primary" onClick={pause.onEdit}>
                {t('editDraft')}
              </button>
              <button type="button" onClick={pause.onSendAnyway}>
                {t('sendAnyway')}
              </button>
              {pause.hint && <p class="kil-hint">{pause.hint}</p>}
            </footer>
          )}
          {onDismiss && !pause && (
            <footer class="kil-actions">
              <button type="button" class="kil-primary" onClick={() => onDismiss('draft')}>
                {t('gotIt')}
              </button>
              <button type="button" onClick={() => onDismiss('chat')}>
                {t('notInThisChat')}
              </button>
              <button type="button" onClick={() => onDismiss('site')}>
                {t('pauseOnSite')}
              </button>
            </footer>
          )}
        </section>
      )}
    </div>
  );
}

/**
 * A polite live region. It speaks when the level changes (light → heads-up → strong), not on every
 * keystroke that changes a finding, so a screen reader is not talked over while typing.
 */
export function Announcer({ analysis, paused = false }: { analysis: Analysis | null; paused?: boolean }) {
  const level = analysis?.level ?? 'light';
  const [message, setMessage] = useState('');
  useEffect(() => {
    // A held send is said at once, with how to go on: the focus stays in the composer.
    if (paused) setMessage(`${t('pauseTitle')}. ${t('pauseHintEnter')}`);
    else setMessage(analysis && level !== 'light' ? t('announce', chipLabel(analysis)) : '');
    // Only a change of level (or a held send) re-announces; the label at that moment is what is said.
  }, [level, paused]);
  return (
    <div class="kil-visually-hidden" role="status" aria-live="polite">
      {message}
    </div>
  );
}
