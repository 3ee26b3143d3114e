/** The options page: how closely to read, which kinds of heaviness to notice, and what we keep. */
import { useEffect, useState } from 'preact/hooks';
import {
  CATEGORY_IDS,
  SENSITIVITIES,
  loadSettings,
  resetSettings,
  updateSettings,
  watchSettings,
  type CategoryId,
  type LoadedSettings,
  type Sensitivity,
  type Settings,
} from '../../lib/settings';
import { t, type MessageKey } from '../../lib/ui/i18n';

const SENSITIVITY_TEXT: Record<Sensitivity, [MessageKey, MessageKey]> = {
  gentle: ['sensitivityGentle', 'sensitivityGentleHelp'],
  balanced: ['sensitivityBalanced', 'sensitivityBalancedHelp'],
  strict: ['sensitivityStrict', 'sensitivityStrictHelp'],
};

const CATEGORY_TEXT: Record<CategoryId, MessageKey> = {
  length: 'catLength',
  emotion: 'catEmotion',
  pressure: 'catPressure',
  neediness: 'catNeediness',
  past: 'catPast',
  blame: 'catBlame',
  commitment: 'catCommitment',
};

const NOTICE_TEXT: Record<NonNullable<LoadedSettings['notice']>, MessageKey> = {
  repaired: 'optionsRepaired',
  future: 'optionsFuture',
  reset: 'optionsReset',
};

/** How long "Saved" stays visible after a change. */
const SAVED_FLASH_MS = 1500;

export function Options() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then(setLoaded);
    return watchSettings((l) => setLoaded((prev) => ({ settings: l.settings, notice: l.notice ?? prev?.notice })));
  }, []);

  useEffect(() => {
    if (!saved) return;
    const id = setTimeout(() => setSaved(false), SAVED_FLASH_MS);
    return () => clearTimeout(id);
  }, [saved]);

  if (!loaded) return null;
  const { settings, notice } = loaded;
  const change = (fn: (s: Settings) => Settings) =>
    void updateSettings(fn).then((next) => {
      setLoaded({ settings: next });
      setSaved(true);
    });

  return (
    <main>
      <div class="row">
        <h1>{t('optionsTitle')}</h1>
        <span class="saved" role="status">
          {saved ? t('optionsSaved') : ''}
        </span>
      </div>
      {notice && <p class="notice">{t(NOTICE_TEXT[notice])}</p>}

      <label class="choice">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => change((s) => ({ ...s, enabled: e.currentTarget.checked }))}
        />
        <span>{t('optionsEnabled')}</span>
      </label>

      <fieldset>
        <legend>{t('optionsSensitivity')}</legend>
        {SENSITIVITIES.map((level) => (
          <label class="choice" key={level}>
            <input
              type="radio"
              name="sensitivity"
              value={level}
              checked={settings.sensitivity === level}
              onChange={() => change((s) => ({ ...s, sensitivity: level }))}
            />
            <span>
              {t(SENSITIVITY_TEXT[level][0])}
              <small>{t(SENSITIVITY_TEXT[level][1])}</small>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('cardTitle')}</legend>
        {CATEGORY_IDS.map((c) => (
          <label class="choice" key={c}>
            <input
              type="checkbox"
              checked={settings.categories[c]}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                change((s) => ({ ...s, categories: { ...s.categories, [c]: on } }));
              }}
            />
            <span>{t(CATEGORY_TEXT[c])}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('extName')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.sendPause}
            onChange={(e) => change((s) => ({ ...s, sendPause: e.currentTarget.checked }))}
          />
          <span>
            {t('optionsSendPause')}
            <small>{t('optionsSendPauseHelp')}</small>
          </span>
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.highlights}
            onChange={(e) => change((s) => ({ ...s, highlights: e.currentTarget.checked }))}
          />
          <span>{t('optionsHighlights')}</span>
        </label>
      </fieldset>

      <section class="panel" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('optionsPrivacyTitle')}</h2>
        <p>{t('optionsPrivacyBody')}</p>
      </section>

      <div>
        <button type="button" class="btn" onClick={() => void resetSettings().then((s) => setLoaded({ settings: s }))}>
          {t('optionsResetButton')}
        </button>
      </div>
    </main>
  );
}
