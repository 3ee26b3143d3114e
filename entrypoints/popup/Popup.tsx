/** The toolbar popup: is Keep It Light on here, today's tip, and the way to practice and settings. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { tipOfTheDay } from '../../lib/advice/daily-tips';
import type { SiteInfo } from '../../lib/messages';
import { activeOn, loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import { t } from '../../lib/ui/i18n';

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
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState<SiteInfo | null | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then((l) => setSettings(l.settings));
    void currentSite().then(setSite);
    return watchSettings((l) => setSettings(l.settings));
  }, []);

  const toggleSite = (on: boolean) =>
    site &&
    void updateSettings((s) => ({
      ...s,
      pausedSites: on ? s.pausedSites.filter((h) => h !== site.hostname) : [...s.pausedSites, site.hostname],
    }));

  const on = settings && site ? activeOn(settings, site.hostname) : false;
  return (
    <main>
      <div class="brand">
        <img src="/icon/48.png" alt="" />
        <h1>{t('extName')}</h1>
      </div>
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
            <input type="checkbox" checked={on} onChange={(e) => toggleSite(e.currentTarget.checked)} />
            {on ? t('popupOnHere', site.hostname) : t('popupPausedHere', site.hostname)}
          </label>
        </div>
      ) : site === null ? (
        <p class="muted">{t('popupNoSite')}</p>
      ) : null}
      <section class="panel tip" aria-labelledby="tip-title">
        <h2 id="tip-title">{t('popupTipTitle')}</h2>
        <p>{tipOfTheDay()}</p>
      </section>
      <nav class="links">
        <a class="btn primary" href="/practice.html" target="_blank">
          {t('popupPractice')}
        </a>
        <a class="btn" href="/options.html" target="_blank">
          {t('popupOptions')}
        </a>
      </nav>
    </main>
  );
}
