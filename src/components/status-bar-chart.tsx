import { Bar, BarChart, CartesianGrid, LabelList, Legend, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import { STATUS_CODES, type StatusCode, type StatusCounts } from '../api/schemas';
import { CHART_FONT_SIZE, STATUS_COLORS } from './chart-theme';
import { STATUS_MARKERS } from './status-badge';

export interface StatusBarRow {
  /** Category label on the axis, e.g. a jurisdiction's name. */
  name: string;
  counts: StatusCounts;
  /** Text at the end of the bar, e.g. the completed share. */
  endLabel: string;
}

/**
 * Stacked bars of commitments by status, one bar per row (e.g. per jurisdiction), a label at the end.
 * Lazy-load it (React.lazy) so that recharts stays out of the first screen's critical code.
 * Screen readers get the chart as one image named by its takeaway; the table twin holds the figures.
 */
/** recharts drops zero-width pieces; the last one carries the end label, so it is always drawn. */
function EndShape(props: BarShapeProps) {
  return <Rectangle {...props} />;
}

interface StatusBarChartProps {
  rows: readonly StatusBarRow[];
  height: number;
  label: string;
  /** Status colours for another background (e.g. the presenter's dark theme). */
  colors?: Record<StatusCode, string>;
}

export default function StatusBarChart({ rows, height, label, colors = STATUS_COLORS }: StatusBarChartProps) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({ ...row.counts, name: row.name, endLabel: row.endLabel }));
  return (
    <div role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#d1d5db" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: CHART_FONT_SIZE, fill: '#374151' }} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: CHART_FONT_SIZE, fill: '#111827' }} />
          <Tooltip />
          <Legend
            itemSorter={null}
            formatter={(value: string) => `${STATUS_MARKERS[value as keyof typeof STATUS_MARKERS] ?? ''} ${t(`status.${value as (typeof STATUS_CODES)[number]}`)}`}
            wrapperStyle={{ fontSize: CHART_FONT_SIZE }}
          />
          {STATUS_CODES.map((code, index) => (
            <Bar
              key={code}
              dataKey={code}
              name={code}
              stackId="status"
              fill={colors[code]}
              stroke="#ffffff"
              strokeWidth={1}
              isAnimationActive={false}
              shape={index === STATUS_CODES.length - 1 ? EndShape : undefined}
            >
              {index === STATUS_CODES.length - 1 && (
                <LabelList dataKey="endLabel" position="right" style={{ fontSize: CHART_FONT_SIZE, fill: '#111827' }} />
              )}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
