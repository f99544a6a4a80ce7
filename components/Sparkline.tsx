/**
 * A tiny SVG line of recent values (oldest first), with a dashed zero line when the values cross it.
 * Decorative detail for the card; the `label` carries the meaning for screen readers.
 */
export interface SparklineProps {
  values: readonly number[];
  label: string;
  width?: number;
  height?: number;
}

export function Sparkline({ values, label, width = 160, height = 32 }: SparklineProps) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 2;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (values.length - 1);
  const y = (v: number) => pad + (height - 2 * pad) * (1 - (v - min) / span);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values.at(-1) ?? 0;
  return (
    <svg
      class="sparkline"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      {min < 0 && max > 0 && (
        <line class="sparkline-zero" x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} stroke-dasharray="2 2" />
      )}
      <polyline class="sparkline-line" fill="none" points={points} />
      <circle class="sparkline-last" data-negative={String(last <= 0)} cx={x(values.length - 1)} cy={y(last)} r="2.5" />
    </svg>
  );
}
