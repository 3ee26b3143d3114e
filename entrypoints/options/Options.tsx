/**
 * The options page: how closely to read (with a live sample), which kinds of heaviness to notice,
 * where to watch, the send pause, quiet hours, the counts, and exactly what we keep.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  CATEGORY_IDS,
  SENSITIVITIES,
  loadSettings,
  resetSettings,
  updateSettings,
  watchSettings,
  type LoadedSettings,
  type Settings,
} from '../../lib/settings';
import { CONTENT_MATCHES } from '../../lib/sites/matches';
import { t } from '../../lib/ui/i18n';
import { CATEGORY_TEXT, SENSITIVITY_TEXT, SETTINGS_NOTICE } from '../../lib/ui/labels';
import { Samples } from './Samples';
import { StatsPanel } from './StatsPanel';
import { Stored } from './Stored';

/** How long "Saved" stays visible after a change. */
const SAVED_FLASH_MS = 1500;

/** The apps' own names (brand names, not translated), by the hosts the content script runs on. */
const APP_NAMES: Record<string, string> = {
  'web.whatsapp.com': 'WhatsApp',
  'www.messenger.com': 'Messenger',
  'www.facebook.com': 'Facebook Messages',
  'www.instagram.com': 'Instagram',
  'web.telegram.org': 'Telegram',
  'discord.com': 'Discord',
  'app.slack.com': 'Slack',
  'mail.google.com': 'Gmail',
  'outlook.live.com': 'Outlook',
  'outlook.office.com': 'Outlook (work)',
  'www.linkedin.com': 'LinkedIn',
  'x.com': 'X',
  'messages.google.com': 'Google Messages',
  'tinder.com': 'Tinder',
};

const WATCHED_HOSTS = [...new Set(CONTENT_MATCHES.map((m) => new URL(m.replace('/*', '/')).hostname))];

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) =>
  new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { hour: 'numeric', minute: '2-digit' }).format(
    new Date(2000, 0, 1, h),
  );

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
  const otherPaused = settings.pausedSites.filter((h) => !WATCHED_HOSTS.includes(h));
  const setSite = (host: string, on: boolean) =>
    change((s) => ({
      ...s,
      pausedSites: on ? s.pausedSites.filter((h) => h !== host) : [...s.pausedSites, host],
    }));

  return (
    <main>
      <header class="row">
        <div class="brand">
          <img src="/icon/48.png" alt="" />
          <h1>{t('optionsTitle')}</h1>
        </div>
        <span class="saved" role="status">
          {saved ? t('optionsSaved') : ''}
        </span>
      </header>
      <p class="muted intro">{t('optionsIntro')}</p>
      {notice && (
        <p class="notice" data-testid="settings-notice">
          {t(SETTINGS_NOTICE[notice])}
        </p>
      )}

      <div class="panel">
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => change((s) => ({ ...s, enabled: e.currentTarget.checked }))}
          />
          <span>
            {t('optionsEnabled')}
            <small>{t('optionsEnabledHelp')}</small>
          </span>
        </label>
      </div>

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
              {t(SENSITIVITY_TEXT[level].name)}
              <small>{t(SENSITIVITY_TEXT[level].help)}</small>
            </span>
          </label>
        ))}
        <Samples settings={settings} />
      </fieldset>

      <fieldset>
        <legend>{t('optionsCategories')}</legend>
        <div class="grid">
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
              <span>
                <span class={`swatch cat-${c}`} aria-hidden="true" />
                {t(CATEGORY_TEXT[c])}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('optionsSites')}</legend>
        <p class="muted small">{t('optionsSitesHelp')}</p>
        <div class="grid">
          {WATCHED_HOSTS.map((host) => (
            <label class="choice" key={host}>
              <input
                type="checkbox"
                checked={!settings.pausedSites.includes(host)}
                onChange={(e) => setSite(host, e.currentTarget.checked)}
              />
              <span>
                {APP_NAMES[host] ?? host}
                <small>{host}</small>
              </span>
            </label>
          ))}
          {otherPaused.map((host) => (
            <label class="choice" key={host}>
              <input type="checkbox" checked={false} onChange={(e) => setSite(host, e.currentTarget.checked)} />
              <span>
                {host}
                <small>{t('optionsOtherSite')}</small>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('optionsSending')}</legend>
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

      <fieldset>
        <legend>{t('optionsQuiet')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.quietHours.enabled}
            aria-describedby="quiet-help"
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              change((s) => ({ ...s, quietHours: { ...s.quietHours, enabled } }));
            }}
          />
          <span>{t('optionsQuietEnabled')}</span>
        </label>
        <p id="quiet-help" class="muted small">
          {t('optionsQuietHelp')}
        </p>
        <div class="hours">
          {(['start', 'end'] as const).map((edge) => (
            <div key={edge}>
              <label for={`quiet-${edge}`}>{t(edge === 'start' ? 'optionsQuietStart' : 'optionsQuietEnd')}</label>
              <select
                id={`quiet-${edge}`}
                value={String(settings.quietHours[edge])}
                disabled={!settings.quietHours.enabled}
                onChange={(e) => {
                  const hour = Number(e.currentTarget.value);
                  change((s) => ({ ...s, quietHours: { ...s.quietHours, [edge]: hour } }));
                }}
              >
                {HOURS.map((h) => (
                  <option key={h} value={String(h)}>
                    {hourLabel(h)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>

      <StatsPanel />
      <Stored />

      <div>
        <button type="button" class="btn" onClick={() => void resetSettings().then((s) => setLoaded({ settings: s }))}>
          {t('optionsResetButton')}
        </button>
      </div>
    </main>
  );
}
