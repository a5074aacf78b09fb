/**
 * The per-comment sentiment chip: plain DOM in its own small shadow root (thousands of comments
 * can be on a page, so no React root and no full stylesheet per chip). Text only, never HTML.
 */
import type { SentimentLabel } from '../../lib/records';
import { t } from '../../lib/i18n';

export const LABEL_STYLE: Record<SentimentLabel, { icon: string; fg: string; bg: string; border: string }> = {
  positive: { icon: '▲', fg: '#065f46', bg: '#d1fae5', border: '#059669' },
  neutral: { icon: '●', fg: '#334155', bg: '#f1f5f9', border: '#64748b' },
  negative: { icon: '▼', fg: '#991b1b', bg: '#fee2e2', border: '#dc2626' },
};

const CSS = `
:host{all:initial;display:inline-flex;vertical-align:middle;flex-shrink:0;margin:0 0 0 6px}
.chip{display:inline-flex;align-items:center;gap:4px;font:600 11px/16px system-ui,sans-serif;border:1px solid;border-radius:999px;padding:0 7px;cursor:pointer;background:var(--bg);color:var(--fg);border-color:var(--bd)}
.chip:focus-visible,button:focus-visible{outline:2px solid #2563eb;outline-offset:1px}
.intent{font:500 10px/14px system-ui,sans-serif;color:#1e293b;background:#e0e7ff;border-radius:4px;padding:0 4px;margin-left:4px}
.menu{display:none;gap:4px;margin-left:6px}
.open .menu{display:inline-flex}
:host([data-compact]){position:relative}
:host([data-compact]) .intent{margin-left:2px;padding:0 3px}
:host([data-compact]) .menu{position:absolute;top:calc(100% + 4px);left:0;margin:0;padding:4px;background:#fff;border:1px solid #cbd5e1;border-radius:8px;box-shadow:0 4px 12px rgba(15,23,42,.18);white-space:nowrap;z-index:2147483000}
.menu button{font:500 11px/16px system-ui,sans-serif;border:1px solid #94a3b8;border-radius:6px;background:#fff;color:#0f172a;padding:0 6px;cursor:pointer}
.age{font:600 10px/16px system-ui,sans-serif;border-radius:999px;padding:0 6px;margin-left:6px;border:1px solid}
.age[data-state=ok]{color:#1e3a8a;background:#dbeafe;border-color:#3b82f6}
.age[data-state=approaching]{color:#78350f;background:#fef3c7;border-color:#d97706}
.age[data-state=breached]{color:#7f1d1d;background:#fecaca;border-color:#b91c1c}
`;

export interface ChipHandle {
  host: HTMLElement;
  update(label: SentimentLabel, intents: string[], reasons: string[], corrected?: boolean): void;
  setAge(text: string | null, state?: 'ok' | 'approaching' | 'breached'): void;
}

let shared: CSSStyleSheet | null | undefined;

/**
 * One constructed stylesheet adopted by every chip's shadow root: thousands of chips then share a
 * single parsed sheet instead of each carrying a <style> to parse and match. Where a content script
 * cannot adopt sheets (Firefox's isolated world), each chip gets its own <style>.
 */
function styleChip(root: ShadowRoot): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    } catch {
      shared = null;
    }
  }
  if (shared) {
    try {
      root.adoptedStyleSheets = [shared];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // fall through to a <style> element
    }
    shared = null;
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
}

/** One-character marks for the intents in a compact chip (the full name is its tooltip and label). */
const INTENT_MARK: Record<string, string> = {
  question: '?',
  complaint: '!',
  praise: '★',
  purchase_intent: '$',
  spam: '⊘',
  toxic: '☠',
};

/**
 * `compact`: for a chip set inside a line of the site's own (X's handle · time line): intents as one-character
 * marks, and the correction menu opens over the page instead of widening the line.
 */
export function createChip(onCorrect: (label: SentimentLabel) => void, opts: { compact?: boolean } = {}): ChipHandle {
  const host = document.createElement('span');
  host.setAttribute('data-riposte-chip', '');
  if (opts.compact) host.setAttribute('data-compact', '');
  const root = host.attachShadow({ mode: 'open' });
  styleChip(root);
  const wrap = document.createElement('span');
  const chip = document.createElement('button');
  chip.className = 'chip';
  chip.type = 'button';
  chip.setAttribute('aria-haspopup', 'true');
  chip.setAttribute('aria-expanded', 'false');
  const intentsEl = document.createElement('span');
  const menu = document.createElement('span');
  menu.className = 'menu';
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', t('chipCorrect'));
  for (const label of ['positive', 'neutral', 'negative'] as const) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.label = label;
    b.textContent = `${LABEL_STYLE[label].icon} ${t(`label_${label}`)}`;
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      wrap.classList.remove('open');
      chip.setAttribute('aria-expanded', 'false');
      onCorrect(label);
    });
    menu.append(b);
  }
  const age = document.createElement('span');
  age.className = 'age';
  age.hidden = true;
  chip.addEventListener('click', (e) => {
    e.stopPropagation();
    e.preventDefault();
    const open = wrap.classList.toggle('open');
    chip.setAttribute('aria-expanded', String(open));
  });
  // Keep the site's own handlers (open the post, keyboard shortcuts) away from our controls.
  for (const type of ['click', 'keydown', 'mousedown', 'pointerdown'])
    root.addEventListener(type, (e) => e.stopPropagation());
  wrap.append(chip, intentsEl, menu, age);
  root.append(wrap);

  return {
    host,
    update(label, intents, reasons, corrected) {
      const s = LABEL_STYLE[label];
      chip.style.setProperty('--fg', s.fg);
      chip.style.setProperty('--bg', s.bg);
      chip.style.setProperty('--bd', s.border);
      chip.dataset.label = label;
      chip.textContent = `${s.icon} ${t(`label_${label}`)}${corrected ? ' ✓' : ''}`;
      const why = reasons.length ? reasons.join('\n') : t('chipNoReasons');
      chip.title = `${t('chipTooltip')}\n${why}`;
      chip.setAttribute('aria-label', `${t('chipSentiment')}: ${t(`label_${label}`)}. ${t('chipCorrect')}`);
      intentsEl.replaceChildren(
        ...intents.map((i) => {
          const el = document.createElement('span');
          el.className = 'intent';
          el.dataset.intent = i;
          const name = t(`intent_${i}`);
          if (opts.compact && INTENT_MARK[i]) {
            el.textContent = INTENT_MARK[i];
            el.title = name;
            el.setAttribute('aria-label', name);
          } else {
            el.textContent = name;
          }
          return el;
        }),
      );
    },
    setAge(text, state) {
      age.hidden = !text;
      age.textContent = text ?? '';
      if (state) age.dataset.state = state;
    },
  };
}
