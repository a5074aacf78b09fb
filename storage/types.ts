/** Template rows as stored. Mirrors lib/templates' Template; kept loose so storage never breaks on a template field added later. */
export interface StoredTemplate {
  id: string;
  title: string;
  body: string;
  updatedAt: number;
  lastUsedAt?: number;
  [field: string]: unknown;
}
