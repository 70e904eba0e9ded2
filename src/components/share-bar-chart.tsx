/**
 * A share per row as horizontal bars on a 0-100% scale, the share and its counts printed at the
 * right of each row (so a row at 0% or with nothing counted still carries its figure).
 * Lazy-load it (React.lazy) so that recharts stays out of the first screen's critical code.
 */
import { useSyncExternalStore } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ShareBarsDrawing } from '../domain/charts/model';
import { CHART_FONT_SIZE, SERIES_COLORS } from './chart-theme';

const NARROW = '(max-width: 40rem)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isNarrow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;
}

interface ShareBarChartProps {
  rows: ShareBarsDrawing['rows'];
  height: number;
  label: string;
  /** The bars' colour for another background (e.g. the presenter's dark theme). */
  color?: string;
}

export default function ShareBarChart({ rows, height, label, color = SERIES_COLORS[0] }: ShareBarChartProps) {
  const narrow = useSyncExternalStore(subscribe, isNarrow, () => false);
  const data = rows.map((r) => ({ name: r.name, percent: r.percent, valueLabel: narrow ? r.shortLabel : r.label }));
  const tick = { fontSize: CHART_FONT_SIZE, fill: '#111827' };
  return (
    <div role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 4, bottom: 8, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="#d1d5db" />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={narrow ? [0, 50, 100] : [0, 25, 50, 75, 100]}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fontSize: CHART_FONT_SIZE, fill: '#374151' }}
          />
          <YAxis yAxisId="names" type="category" dataKey="name" width={narrow ? 92 : 160} tick={tick} />
          <YAxis
            yAxisId="values"
            orientation="right"
            type="category"
            dataKey="valueLabel"
            width={narrow ? 48 : 112}
            tick={tick}
            axisLine={false}
            tickLine={false}
          />
          <Bar yAxisId="names" dataKey="percent" fill={color} maxBarSize={26} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
