/**
 * Line chart for values over time (years or periods), one line per series, with optional
 * reference lines (baseline, target). Missing values break the line; they are never drawn as 0.
 * Lazy-load it (React.lazy) so that recharts stays out of the first screen's critical code.
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LinesDrawing } from '../domain/charts/model';
import { formatNumber, formatPercentValue } from '../domain/format';
import { CHART_FONT_SIZE, SERIES_COLORS } from './chart-theme';
import { useNumberLocale } from './use-number-locale';

export interface LineSeries {
  key: string;
  label: string;
  /** One point per x value, in order; null where the value is missing. */
  points: readonly { x: string | number; y: number | null }[];
  /** Colour and dash slot (a chart model's seriesSlot); the series' index when absent. */
  slot?: number;
  color?: string;
}

export interface ReferenceMark {
  y: number;
  label: string;
  dashed?: boolean;
}

/** Dash patterns per slot so that lines differ by more than colour. */
const DASHES = ['', '6 3', '2 3', '10 4 2 4', '4 4', '1 2'];

export interface TimeLineChartProps {
  series: readonly LineSeries[];
  height: number;
  /** Accessible name: the chart's title and takeaway. The table twin holds the figures. */
  label: string;
  references?: readonly ReferenceMark[];
  /** How values are written on the axis and in the tooltip, in the page's language (a chart model's axis). */
  axis: LinesDrawing['axis'];
  yDomain?: [number | 'auto', number | 'auto'];
  /** Draw dots on each point (off for long series). */
  dots?: boolean;
}

export default function TimeLineChart({ series, height, label, references = [], axis, yDomain, dots = true }: TimeLineChartProps) {
  const locale = useNumberLocale();
  const formatValue = (v: number) => (axis.kind === 'percent' ? formatPercentValue(v, locale) : formatNumber(v, axis.unit === '%' ? '%' : undefined, locale));
  const xs: (string | number)[] = [];
  for (const s of series) for (const p of s.points) if (!xs.includes(p.x)) xs.push(p.x);
  const data = xs.map((x) => {
    const row: Record<string, string | number | null> = { x };
    for (const s of series) row[s.key] = s.points.find((p) => p.x === x)?.y ?? null;
    return row;
  });
  return (
    <div role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#d1d5db" vertical={false} />
          <XAxis dataKey="x" tick={{ fontSize: CHART_FONT_SIZE, fill: '#374151' }} />
          <YAxis
            tick={{ fontSize: CHART_FONT_SIZE, fill: '#374151' }}
            tickFormatter={formatValue}
            domain={yDomain ?? ['auto', 'auto']}
            width={56}
          />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value ?? '—'))} />
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: CHART_FONT_SIZE }} />}
          {references.map((r) => (
            <ReferenceLine
              key={r.label}
              y={r.y}
              ifOverflow="extendDomain"
              stroke="#111827"
              strokeDasharray={r.dashed ? '4 4' : undefined}
              label={{ value: r.label, position: 'insideTopLeft', fontSize: CHART_FONT_SIZE, fill: '#111827' }}
            />
          ))}
          {series.map((s, index) => {
            const slot = s.slot ?? index;
            return (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                type="linear"
                stroke={s.color ?? SERIES_COLORS[slot % SERIES_COLORS.length]}
                strokeWidth={2.5}
                strokeDasharray={DASHES[slot % DASHES.length]}
                dot={dots ? { r: 3 } : false}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
