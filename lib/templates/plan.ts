/**
 * Import planning: which incoming templates to add, update, skip, or ask about.
 *
 * A duplicate is an existing template with the same id, or the same normalized
 * title and language, or the same abbreviation.
 * - mode 'skip': duplicates are skipped;
 * - mode 'merge': duplicates update the existing template — incoming fields win,
 *   except usageCount/lastUsedAt (max), createdAt (min) and tags (union); an
 *   incoming template without abbreviation or variants (e.g. from CSV) keeps
 *   the existing ones.
 * An incoming template matching two or more different existing templates is a
 * conflict in both modes (the user decides). Nothing is mutated.
 */
import { normalizeAbbreviation, normalizeTitle, primaryLanguage, type Template } from './model';
import { t as msg } from '../i18n/index';

export type ImportMode = 'skip' | 'merge';
export type DuplicateReason = 'id' | 'title' | 'abbreviation';

export interface ImportSkip {
  incoming: Template;
  /** The existing template it duplicates; absent for a duplicate inside the import itself. */
  existing?: Template;
  reason: DuplicateReason | 'duplicate-in-import';
}

export interface ImportConflict {
  incoming: Template;
  matches: Array<{ existing: Template; reason: DuplicateReason }>;
  message: string;
}

export interface ImportPlan {
  toAdd: Template[];
  /** Merged templates (existing id), to store in place of the existing ones. */
  toUpdate: Template[];
  skipped: ImportSkip[];
  conflicts: ImportConflict[];
}

const titleKey = (t: Template): string => `${normalizeTitle(t.title)}\u0000${primaryLanguage(t.language)}`;

class KeyIndex {
  readonly byId = new Map<string, Template>();
  readonly byTitle = new Map<string, Template>();
  readonly byAbbr = new Map<string, Template>();

  add(t: Template): void {
    if (!this.byId.has(t.id)) this.byId.set(t.id, t);
    const tk = titleKey(t);
    if (!this.byTitle.has(tk)) this.byTitle.set(tk, t);
    if (t.abbreviation) {
      const ak = normalizeAbbreviation(t.abbreviation);
      if (!this.byAbbr.has(ak)) this.byAbbr.set(ak, t);
    }
  }

  /** Distinct templates matching `t`, with the first reason each matched by. */
  matches(t: Template): Array<{ existing: Template; reason: DuplicateReason }> {
    const found: Array<{ existing: Template; reason: DuplicateReason }> = [];
    const push = (existing: Template | undefined, reason: DuplicateReason): void => {
      if (existing && !found.some((f) => f.existing === existing)) found.push({ existing, reason });
    };
    push(this.byId.get(t.id), 'id');
    push(this.byTitle.get(titleKey(t)), 'title');
    if (t.abbreviation) push(this.byAbbr.get(normalizeAbbreviation(t.abbreviation)), 'abbreviation');
    return found;
  }
}

function unionTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of [...a, ...b]) {
    const key = tag.trim().toLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** `incoming` merged into `existing` (see the module comment); a new object. */
export function mergeTemplates(existing: Template, incoming: Template, now: number): Template {
  const merged: Template = {
    id: existing.id,
    title: incoming.title,
    body: incoming.body,
    tags: unionTags(existing.tags, incoming.tags),
    platforms: [...incoming.platforms],
    language: incoming.language,
    brandOnly: incoming.brandOnly,
    usageCount: Math.max(existing.usageCount, incoming.usageCount),
    createdAt: Math.min(existing.createdAt, incoming.createdAt),
    updatedAt: Math.max(now, existing.updatedAt, incoming.updatedAt),
    variants: (incoming.variants.length > 0 ? incoming.variants : existing.variants).map((v) => ({
      ...v,
      platforms: [...v.platforms],
    })),
  };
  const abbreviation = incoming.abbreviation ?? existing.abbreviation;
  if (abbreviation) merged.abbreviation = abbreviation;
  const used = [existing.lastUsedAt, incoming.lastUsedAt].filter((n): n is number => n !== undefined);
  if (used.length > 0) merged.lastUsedAt = Math.max(...used);
  return merged;
}

function describeMatch(m: { existing: Template; reason: DuplicateReason }): string {
  const how = msg(`planReason_${m.reason}`, m.existing.abbreviation ?? '');
  return msg('planSame', m.existing.title, how);
}

export function planImport(
  existing: readonly Template[],
  incoming: readonly Template[],
  mode: ImportMode,
  now: number = Date.now(),
): ImportPlan {
  const plan: ImportPlan = { toAdd: [], toUpdate: [], skipped: [], conflicts: [] };
  const current = new KeyIndex();
  existing.forEach((t) => current.add(t));
  const planned = new KeyIndex();
  const updated = new Set<Template>();

  for (const t of incoming) {
    if (planned.matches(t).length > 0) {
      plan.skipped.push({ incoming: t, reason: 'duplicate-in-import' });
      continue;
    }
    const matches = current.matches(t);
    const [first] = matches;
    if (!first) {
      plan.toAdd.push(t);
    } else if (matches.length > 1) {
      plan.conflicts.push({
        incoming: t,
        matches,
        message: msg('planConflict', t.title, matches.length, matches.map(describeMatch).join(', ')),
      });
    } else if (mode === 'skip') {
      plan.skipped.push({ incoming: t, existing: first.existing, reason: first.reason });
    } else if (updated.has(first.existing)) {
      plan.skipped.push({ incoming: t, existing: first.existing, reason: 'duplicate-in-import' });
    } else {
      updated.add(first.existing);
      plan.toUpdate.push(mergeTemplates(first.existing, t, now));
    }
    planned.add(t);
  }
  return plan;
}

/** The template list after applying a plan (conflicts and skips left out). */
export function applyImportPlan(existing: readonly Template[], plan: ImportPlan): Template[] {
  const updates = new Map(plan.toUpdate.map((t) => [t.id, t]));
  return [...existing.map((t) => updates.get(t.id) ?? t), ...plan.toAdd];
}
