import type { Page } from '@playwright/test';
import type { Site } from './harness';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Sends one protocol message from an extension page (as the options page would). */
export async function extSend<T = unknown>(extPage: Page, type: string, payload: unknown): Promise<T> {
  const reply = await extPage.evaluate(([type, payload]) => chrome.runtime.sendMessage({ riposte: 1, type, payload }), [
    type,
    payload,
  ] as const);
  const r = reply as { ok: boolean; data?: T; error?: string };
  if (!r?.ok) throw new Error(`extSend ${type}: ${r?.error ?? 'no reply'}`);
  return r.data as T;
}

export interface TestTemplate {
  id: string;
  title: string;
  body: string;
  tags?: string[];
  abbreviation?: string;
  brandOnly?: boolean;
  language?: string;
}

export function template(t: TestTemplate): Record<string, unknown> {
  const now = Date.now();
  return {
    tags: [],
    platforms: [],
    language: '',
    brandOnly: false,
    usageCount: 0,
    createdAt: now,
    updatedAt: now,
    variants: [],
    ...t,
  };
}

/** Replaces every stored template with these (deletes the starter library first). */
export async function setTemplates(extPage: Page, templates: TestTemplate[]): Promise<void> {
  // The background seeds the starter library on install, possibly while this runs: repeat until
  // exactly these templates are stored.
  const want = templates.map((t) => t.id).sort();
  for (let attempt = 0; attempt < 20; attempt++) {
    const existing = await extSend<{ id: string }[]>(extPage, 'templates.list', {});
    const ids = existing.map((t) => t.id).sort();
    if (attempt > 0 && JSON.stringify(ids) === JSON.stringify(want)) return;
    const extra = ids.filter((id) => !want.includes(id));
    if (extra.length) await extSend(extPage, 'templates.delete', { ids: extra });
    await extSend(extPage, 'templates.save', { templates: templates.map(template) });
    await extPage.waitForTimeout(50 * attempt);
  }
  throw new Error('setTemplates: the stored templates never settled to the requested set');
}

export const replica = {
  comments: (page: Page) =>
    page.evaluate(() =>
      window.__replica!.comments.map((c) => ({
        id: c.id,
        author: c.author,
        text: c.text,
        createdAt: c.createdAt,
        own: c.own,
        parentId: c.parentId,
      })),
    ),
  editorText: (page: Page) => page.evaluate(() => window.__replica!.editorText()),
  submitEnabled: (page: Page) => page.evaluate(() => window.__replica!.isSubmitEnabled()),
  submitted: (page: Page) => page.evaluate(() => window.__replica!.submitted.map((s) => ({ ...s }))),
  account: (page: Page) => page.evaluate(() => window.__replica!.account),
};

/** Number of comments with a Riposte sentiment chip showing a label. */
export function chipCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('[data-riposte-chip]')].filter((h) =>
        h.shadowRoot?.querySelector('.chip[data-label]'),
      ).length,
  );
}

export const SITES: Site[] = ['x', 'instagram', 'tiktok'];
