/**
 * The practice pad: try a draft and see the nudge without messaging anyone. Runs the analysis
 * right here (an extension page can afford compromise); nothing typed is stored.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { analyzeDraft, type Analysis } from '../../lib/analysis';
import { loadSettings, watchSettings, type Settings } from '../../lib/settings';
import { t } from '../../lib/ui/i18n';
import { Announcer, Nudge } from '../../lib/ui/Nudge';

const EXAMPLE_LIGHT = 'Hey! Saw a dog in a tiny raincoat today and thought of you. How was your week?';
const EXAMPLE_HEAVY =
  "I can't stop thinking about what went wrong between us. You never listened to me!!! If you don't answer by tonight I'll know it's over.";

export function Practice() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState('');
  const [theirs, setTheirs] = useState('');

  useEffect(() => {
    void loadSettings().then((l) => setSettings(l.settings));
    return watchSettings((l) => setSettings(l.settings));
  }, []);

  const result = useMemo((): { analysis: Analysis | null; failed: boolean } => {
    if (!settings || !draft.trim()) return { analysis: null, failed: false };
    try {
      const analysis = analyzeDraft(draft, {
        sensitivity: settings.sensitivity,
        categories: settings.categories,
        context: { ...(theirs.trim() ? { theirLastMessage: theirs } : {}), localHour: new Date().getHours() },
      });
      return { analysis, failed: false };
    } catch {
      return { analysis: null, failed: true };
    }
  }, [settings, draft, theirs]);

  const { analysis, failed } = result;
  return (
    <main>
      <h1>{t('practiceTitle')}</h1>
      <p class="muted">{t('practiceIntro')}</p>
      <div class="pad">
        <div>
          <label for="theirs">{t('practiceTheirLabel')}</label>
          <textarea id="theirs" rows={2} value={theirs} onInput={(e) => setTheirs(e.currentTarget.value)} />
        </div>
        <div>
          <label for="draft">{t('practiceLabel')}</label>
          <textarea
            id="draft"
            placeholder={t('practicePlaceholder')}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </div>
        <div class="status">
          <span class="muted" data-testid="practice-status">
            {failed
              ? t('practiceError')
              : !draft.trim()
                ? t('practiceEmpty')
                : analysis?.level === 'light'
                  ? t('practiceLight')
                  : t('practiceWords', String(analysis?.words ?? 0))}
          </span>
          <span class="examples">
            <span class="muted">{t('practiceExamples')}:</span>
            <button type="button" class="btn" onClick={() => setDraft(EXAMPLE_LIGHT)}>
              {t('practiceExampleLight')}
            </button>
            <button type="button" class="btn" onClick={() => setDraft(EXAMPLE_HEAVY)}>
              {t('practiceExampleHeavy')}
            </button>
          </span>
        </div>
        <div class="nudge-slot">
          <Announcer analysis={analysis} />
          <Nudge analysis={analysis} open inline onToggle={() => undefined} theme={prefersDark() ? 'dark' : 'light'} />
        </div>
      </div>
    </main>
  );
}

function prefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}
