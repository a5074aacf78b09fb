/**
 * The settings a patch may carry, and who may write them. The background checks every
 * `settings.set` here: a content script (one of the three sites' pages) may only write its own
 * site's work mode and badge position and the sentiment corrections; the extension's own pages may
 * write every setting. Known keys must hold a usable value, so one bad field (a cleared time input,
 * a misspelled time zone) is refused instead of breaking the dashboard later.
 */
import { z } from 'zod';
import { businessHoursProblem, isHm, isTimeZone } from './metrics/business-hours';
import { SITE_KEYS, type SiteKey } from './types';

const bool = z.boolean();
const hm = z.string().refine(isHm, 'expected HH:MM');
const workMode = z.enum(['brand', 'personal', '']).nullable();
const badgePos = z.object({ right: z.number().finite(), bottom: z.number().finite() }).nullable();

const FIXED: Record<string, z.ZodType> = {
  businessHours: z.unknown().superRefine((v, ctx) => {
    const problem = v === null ? null : businessHoursProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  timeZone: z.union([z.literal(''), z.null(), z.string().refine(isTimeZone, 'unknown time zone')]),
  'retention.days': z.number().int().min(1).max(3650),
  'notify.dailyAt': hm.nullable(),
  'notify.crisis': bool,
  'guard.strict': bool,
  'nav.enabled': bool,
  'starter.seeded': bool,
  'sentiment.adjustments': z.record(z.string(), z.unknown()),
};

function schemaFor(key: string): z.ZodType | undefined {
  const fixed = FIXED[key];
  if (fixed) return fixed;
  // Per-site keys: `<setting>.<site>`.
  const dot = key.lastIndexOf('.');
  if (!(SITE_KEYS as readonly string[]).includes(key.slice(dot + 1))) return undefined;
  const head = key.slice(0, dot);
  if (head === 'sla') return z.number().finite().min(1).max(10_080);
  if (head === 'workMode') return workMode;
  if (head === 'badge.pos') return badgePos;
  return undefined;
}

/** Keys a page of `site` may write. */
export function pageMayWrite(key: string, site: SiteKey): boolean {
  return key === `workMode.${site}` || key === `badge.pos.${site}` || key === 'sentiment.adjustments';
}

/**
 * Problems with a settings patch (empty when it may be written). `pageSite`: the sender is that
 * site's page (a content script), not one of the extension's own pages.
 */
export function settingsPatchProblems(patch: Record<string, unknown>, pageSite?: SiteKey): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (pageSite && !pageMayWrite(key, pageSite)) {
      problems.push(`${key}: not writable from a page`);
      continue;
    }
    const schema = schemaFor(key);
    if (!schema) continue; // an extension page's own key (forward-compatible)
    const r = schema.safeParse(value);
    if (!r.success) problems.push(`${key}: ${r.error.issues[0]?.message ?? 'invalid value'}`);
  }
  return problems;
}
