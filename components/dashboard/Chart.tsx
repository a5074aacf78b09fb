/**
 * A lean SVG bar chart. A chart library (Chart.js, Recharts) would add 60–150 KB gzip to a popup
 * that must open instantly and shows two small series; these 40 lines draw them accessibly.
 */
export interface BarPoint {
  label: string;
  value: number | null;
}

export function BarChart({
  points,
  title,
  format,
}: {
  points: BarPoint[];
  title: string;
  format: (v: number | null) => string;
}) {
  const w = 340;
  const h = 70;
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const bw = w / Math.max(points.length, 1);
  return (
    <figure className="m-0">
      <figcaption className="text-xs text-slate-700">{title}</figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 ${w} ${h}`} width={w} height={h} className="block">
        {points.map((p, i) => {
          const bh = p.value ? Math.max(1, (p.value / max) * (h - 4)) : 0;
          return (
            <rect
              key={p.label}
              x={i * bw + 1}
              y={h - bh}
              width={Math.max(1, bw - 2)}
              height={bh}
              className="fill-blue-600"
            >
              <title>{`${p.label}: ${format(p.value)}`}</title>
            </rect>
          );
        })}
      </svg>
    </figure>
  );
}
