/** Formats a duration in ms for the dashboard: 45s, 12m, 1h 05m, 2d 3h. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h ${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

/** A percentage; just under 100 never reads "100%" (249 of 250 within the SLA is 99.6%, not 100%). */
export function formatPct(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v > 99 && v < 100) return `${(Math.floor(v * 10) / 10).toFixed(1)}%`;
  return `${Math.round(v)}%`;
}

export function formatNum(v: number | null | undefined, digits = 0): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);
}
