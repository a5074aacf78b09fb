/** Turns zod issues into short, path-named import errors (`templates[3].body: expected string`). */
import type { z } from 'zod';
import { t } from '../i18n/index';

export interface ImportError {
  /** 1-based line (CSV). */
  line?: number;
  /** Field path, e.g. `templates[3].body` (JSON) or `platforms` (CSV). */
  field?: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('valAnArray');
  if (typeof value === 'string') return value.length > 30 ? t('valAString') : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value === 'object' ? t('valAnObject') : typeof value;
}

function issueMessage(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? t('valMissing', issue.expected)
        : t('valExpectedGot', issue.expected, describe(value));
    case 'invalid_value':
      return t('valOneOf', issue.values.map((v) => JSON.stringify(v)).join(', '), describe(value));
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? t('impMustNotBeEmpty')
        : t('valTooSmall', String(issue.minimum));
    case 'too_big':
      return issue.origin === 'string' ? t('valTooLong', String(issue.maximum)) : t('valTooBig', String(issue.maximum));
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}

export function zodIssuesToErrors(issues: readonly Issue[], root: unknown, prefix: string): ImportError[] {
  return issues.map((issue) => {
    const field = formatPath(prefix, issue.path);
    const message = issueMessage(issue, valueAt(root, issue.path));
    return { field, message: field ? `${field}: ${message}` : message };
  });
}
