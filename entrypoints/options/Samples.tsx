/**
 * The live sample under the sensitivity choice: a few fixed drafts and which of them each level
 * would nudge, checked here with the real analyzer and the person's current categories.
 */
import { useMemo } from 'preact/hooks';
import { analyzeDraft } from '../../lib/analysis';
import { SENSITIVITIES, type Settings } from '../../lib/settings';
import { t, type MessageKey } from '../../lib/ui/i18n';
import { SENSITIVITY_TEXT } from '../../lib/ui/labels';

/** From light to heavy, so the table reads as a staircase. */
const SAMPLES: readonly MessageKey[] = ['sampleLight', 'sampleWistful', 'sampleNever', 'sampleWhy', 'sampleHeavy'];

export function Samples({ settings }: { settings: Settings }) {
  const rows = useMemo(
    () =>
      SAMPLES.map((key) => {
        const text = t(key);
        const flagged = SENSITIVITIES.map((sensitivity) => {
          try {
            return analyzeDraft(text, { sensitivity, categories: settings.categories }).flagged;
          } catch {
            return false;
          }
        });
        return { key, text, flagged };
      }),
    [settings.categories],
  );

  return (
    <div class="samples">
      <table data-testid="samples">
        <caption>
          <strong>{t('sampleTitle')}</strong>
          <span class="muted">{t('sampleIntro')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('sampleDraft')}</th>
            {SENSITIVITIES.map((s) => (
              <th scope="col" key={s} class={s === settings.sensitivity ? 'current' : undefined}>
                {s === settings.sensitivity
                  ? t('sampleCurrent', t(SENSITIVITY_TEXT[s].name))
                  : t(SENSITIVITY_TEXT[s].name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">“{r.text}”</th>
              {r.flagged.map((f, i) => (
                <td
                  key={SENSITIVITIES[i]}
                  class={`${f ? 'nudge' : 'quiet'}${SENSITIVITIES[i] === settings.sensitivity ? ' current' : ''}`}
                >
                  <span aria-hidden="true" class="mark" />
                  {f ? t('sampleNudge') : t('sampleQuiet')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
