/** The counts on the options page: a total, export as JSON, and reset (asked twice). */
import { useEffect, useState } from 'preact/hooks';
import { dayKey, loadStats, resetStats, statsToJson, watchStats, type LoadedStats } from '../../lib/stats';
import { t } from '../../lib/ui/i18n';
import { STATS_NOTICE } from '../../lib/ui/labels';

/** Hands the person a file without the downloads permission: a link to a blob, clicked once. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function StatsPanel() {
  const [loaded, setLoaded] = useState<LoadedStats | null>(null);
  const [asking, setAsking] = useState(false);
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    void loadStats().then(setLoaded);
    return watchStats(setLoaded);
  }, []);

  if (!loaded) return null;
  const days = Object.values(loaded.stats.days);
  const drafts = days.reduce((n, d) => n + d.drafts['heads-up'] + d.drafts.strong, 0);
  const held = days.reduce((n, d) => n + d.pause.paused, 0);
  const today = dayKey(new Date());

  return (
    <section class="panel" aria-labelledby="stats-title">
      <h2 id="stats-title">{t('optionsStats')}</h2>
      {loaded.notice && <p class="notice">{t(STATS_NOTICE[loaded.notice])}</p>}
      <p data-testid="stats-summary">{t('optionsStatsSummary', [String(drafts), String(held)])}</p>
      <div class="buttons">
        <button
          type="button"
          class="btn"
          onClick={() => download(`keep-it-light-counts-${today}.json`, statsToJson(loaded.stats))}
        >
          {t('optionsStatsExport')}
        </button>
        {!asking && (
          <button
            type="button"
            class="btn"
            onClick={() => {
              setCleared(false);
              setAsking(true);
            }}
          >
            {t('optionsStatsReset')}
          </button>
        )}
      </div>
      {asking && (
        <div class="confirm" role="group" aria-labelledby="reset-ask">
          <span id="reset-ask">{t('optionsStatsResetAsk')}</span>
          <button
            type="button"
            class="btn danger"
            ref={(el) => el?.focus()}
            onClick={() =>
              void resetStats().then((stats) => {
                setLoaded({ stats });
                setAsking(false);
                setCleared(true);
              })
            }
          >
            {t('optionsStatsResetConfirm')}
          </button>
          <button type="button" class="btn" onClick={() => setAsking(false)}>
            {t('optionsStatsResetCancel')}
          </button>
        </div>
      )}
      <p class="muted small" role="status">
        {cleared ? t('optionsStatsCleared') : ''}
      </p>
    </section>
  );
}
