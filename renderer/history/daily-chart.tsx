// Appointments sent per day as plain inline SVG bars: no chart library, nothing to load. The
// numbers are also in the accessible name and each bar's tooltip, so the chart is not needed
// to read them.
import type { DailyCount } from '../shared/types.ts';
import { formatDay } from '../shared/format.ts';

const W = 280;
const H = 64;
const LABEL_H = 14;

export function DailyChart({ days }: { days: DailyCount[] }) {
  const max = Math.max(1, ...days.map((d) => d.sent));
  const total = days.reduce((sum, d) => sum + d.sent, 0);
  const today = days[days.length - 1];
  const bar = days.length > 0 ? W / days.length : W;
  const summary =
    `Appointments sent per day, last ${days.length} days: ${total} in total` +
    (today ? `, ${today.sent} on ${formatDay(today.day)}` : '') +
    '.';
  return (
    <figure className="chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${W} ${H + LABEL_H}`} width={W} height={H + LABEL_H}>
        {days.map((d, i) => {
          const h = Math.round((d.sent / max) * (H - 4));
          return (
            <g key={d.day}>
              <title>{`${formatDay(d.day)}: ${d.sent} sent`}</title>
              <rect
                className="chart-bar"
                x={i * bar + 2}
                y={H - Math.max(h, d.sent > 0 ? 2 : 0)}
                width={Math.max(bar - 4, 1)}
                height={Math.max(h, d.sent > 0 ? 2 : 0)}
              />
              <rect
                className="chart-base"
                x={i * bar + 2}
                y={H - 1}
                width={Math.max(bar - 4, 1)}
                height={1}
              />
            </g>
          );
        })}
        {days.length > 0 && (
          <>
            <text className="chart-label" x={0} y={H + LABEL_H - 2}>
              {formatDay(days[0]!.day)}
            </text>
            <text className="chart-label" x={W} y={H + LABEL_H - 2} textAnchor="end">
              {formatDay(days[days.length - 1]!.day)}
            </text>
          </>
        )}
      </svg>
      <figcaption>
        Sent per day · {total} in {days.length} days
      </figcaption>
    </figure>
  );
}
