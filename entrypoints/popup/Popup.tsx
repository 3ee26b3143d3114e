/** The toolbar popup: is Keep It Light on here, the picture of the week, today's tip, and the way on. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { tipOfTheDay } from '../../lib/advice/daily-tips';
import type { SiteInfo } from '../../lib/messages';
import { activeOn, loadSettings, updateSettings, watchSettings, type LoadedSettings } from '../../lib/settings';
import { loadStats, watchStats, weekOf, type LoadedStats } from '../../lib/stats';
import { t } from '../../lib/ui/i18n';
import { SETTINGS_NOTICE, STATS_NOTICE } from '../../lib/ui/labels';
import { WeekChart } from './WeekChart';

/** Asks the active tab's content script which site it is on; null where none runs. */
async function currentSite(): Promise<SiteInfo | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const info = (await browser.tabs.sendMessage(tab.id, { type: 'kil:site-info' })) as SiteInfo | undefined;
    return info?.hostname ? info : null;
  } catch {
    return null;
  }
}

export function Popup() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [stats, setStats] = useState<LoadedStats | null>(null);
  const [site, setSite] = useState<SiteInfo | null | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then(setLoaded);
    void loadStats().then(setStats);
    void currentSite().then(setSite);
    const stopSettings = watchSettings(setLoaded);
    const stopStats = watchStats(setStats);
    return () => {
      stopSettings();
      stopStats();
    };
  }, []);

  const settings = loaded?.settings;
  const toggleSite = (on: boolean) =>
    site &&
    void updateSettings((s) => ({
      ...s,
      pausedSites: on ? s.pausedSites.filter((h) => h !== site.hostname) : [...s.pausedSites, site.hostname],
    }));
  const on = settings && site ? activeOn(settings, site.hostname) : false;

  const openOptions = (e: Event) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage().then(() => window.close());
  };

  return (
    <main>
      <header class="brand">
        <img src="/icon/48.png" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {loaded?.notice && <p class="notice">{t(SETTINGS_NOTICE[loaded.notice])}</p>}
      {settings && !settings.enabled ? (
        <div class="notice site">
          <span>{t('popupOff')}</span>
          <button type="button" class="btn" onClick={() => void updateSettings((s) => ({ ...s, enabled: true }))}>
            {t('popupTurnOn')}
          </button>
        </div>
      ) : site ? (
        <div class="panel site">
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={on}
              aria-label={t('popupSiteSwitch', site.hostname)}
              onChange={(e) => toggleSite(e.currentTarget.checked)}
            />
            <span aria-hidden="true">{on ? t('popupOnHere', site.hostname) : t('popupPausedHere', site.hostname)}</span>
          </label>
        </div>
      ) : site === null ? (
        <p class="muted small" data-testid="no-site">
          {t('popupNoSite')}
        </p>
      ) : null}
      <section class="panel" aria-labelledby="week-title">
        <h2 id="week-title">{t('popupWeekTitle')}</h2>
        {stats?.notice && <p class="notice small">{t(STATS_NOTICE[stats.notice])}</p>}
        {stats && <WeekChart week={weekOf(stats.stats)} />}
      </section>
      <section class="panel tip" aria-labelledby="tip-title">
        <h2 id="tip-title">{t('popupTipTitle')}</h2>
        <p>{tipOfTheDay()}</p>
      </section>
      <nav class="links">
        <a class="btn primary" href="/practice.html" target="_blank">
          {t('popupPractice')}
        </a>
        <a class="btn" href="/options.html" target="_blank" onClick={openOptions}>
          {t('popupOptions')}
        </a>
      </nav>
    </main>
  );
}
