/**
 * The picture of the week: one bar per day, stacked by category, drawn in SVG from counts only,
 * with one sentence that reads it. Colours come from CSS (light and dark), one per category.
 */
import { browser } from 'wxt/browser';
import { CATEGORY_IDS } from '../../lib/settings';
import type { Week } from '../../lib/stats';
import { t } from '../../lib/ui/i18n';
import { TOPIC_TEXT } from '../../lib/ui/labels';

const WIDTH = 300;
const HEIGHT = 112;
/** Room under the bars for the weekday letters, and above them for the count. */
const AXIS_H = 18;
const TOP_PAD = 16;
const BAR_GAP = 10;

const weekday = (date: Date, style: 'long' | 'short') =>
  new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { weekday: style }).format(date);

/** The sentence under the chart: how many, which day, which kind. */
export function weekSentence(week: Week): string {
  if (!week.total || !week.busiest) return t('weekNone');
  const day = weekday(week.busiest.date, 'long');
  const first = week.total === 1 ? t('weekOne', day) : t('weekMany', [String(week.total), day]);
  const top = week.categories[0];
  return top ? `${first} ${t('weekTop', [t(TOPIC_TEXT[top.category]), String(top.count)])}` : first;
}

export function WeekChart({ week }: { week: Week }) {
  const max = Math.max(1, ...week.days.map((d) => d.total));
  const slot = WIDTH / week.days.length;
  const barW = slot - BAR_GAP;
  const scale = (HEIGHT - AXIS_H - TOP_PAD) / max;
  const label = t(
    'weekChartLabel',
    week.days.map((d) => t('weekDayCount', [weekday(d.date, 'short'), String(d.total)])).join(', '),
  );
  const { paused, edited, sentAnyway } = week.pause;

  return (
    <figure class="week">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="week-chart">
        <line class="axis" x1="0" x2={WIDTH} y1={HEIGHT - AXIS_H + 0.5} y2={HEIGHT - AXIS_H + 0.5} />
        {week.days.map((d, i) => {
          const x = i * slot + BAR_GAP / 2;
          // The bar's height is the day's drafts; a draft can have several categories, so the
          // bar is shared among them in proportion. Drafts with no category (pacing) stay neutral.
          const kinds = CATEGORY_IDS.filter((c) => d.byCategory[c] > 0);
          const shares = kinds.reduce((n, c) => n + d.byCategory[c], 0);
          let y = HEIGHT - AXIS_H;
          const stack = kinds.length
            ? kinds.map((c) => {
                const h = (d.total * scale * d.byCategory[c]) / shares;
                y -= h;
                return <rect key={c} class={`cat-${c}`} x={x} y={y} width={barW} height={h} />;
              })
            : d.total > 0 && [
                <rect key="other" class="cat-other" x={x} y={(y -= d.total * scale)} width={barW} height={d.total * scale} />,
              ];
          const today = i === week.days.length - 1;
          return (
            <g key={d.key} data-day={d.key} data-total={d.total}>
              {stack}
              {d.total > 0 && (
                <text class="count" x={x + barW / 2} y={y - 4} text-anchor="middle">
                  {d.total}
                </text>
              )}
              <text class={today ? 'day today' : 'day'} x={x + barW / 2} y={HEIGHT - 4} text-anchor="middle">
                {weekday(d.date, 'short')}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <p data-testid="week-sentence">{weekSentence(week)}</p>
        {week.categories.length > 0 && (
          <ul class="legend" aria-label={t('weekLegend')}>
            {week.categories.map(({ category, count }) => (
              <li key={category}>
                <span class={`swatch cat-${category}`} aria-hidden="true" />
                {t(TOPIC_TEXT[category])} {count}
              </li>
            ))}
          </ul>
        )}
        {paused + edited + sentAnyway > 0 && (
          <p class="muted small">{t('weekPause', [String(paused), String(edited), String(sentAnyway)])}</p>
        )}
      </figcaption>
    </figure>
  );
}
