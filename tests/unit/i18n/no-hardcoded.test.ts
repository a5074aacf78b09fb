// @vitest-environment node
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script shared with scripts/check-i18n.mjs (no type declarations)
import * as scanModule from '../../../scripts/i18n-scan.mjs';

interface Offender {
  file: string;
  line: number;
  text: string;
  kind: string;
}
const { scanSource, scanProject, formatOffender } = scanModule as {
  scanSource: (file: string, source: string) => Offender[];
  scanProject: () => { files: number; offenders: Offender[] };
  formatOffender: (o: Offender) => string;
};

const texts = (file: string, source: string) => scanSource(file, source).map((o) => `${o.line}: ${o.text}`);

describe('i18n scan', () => {
  it('flags JSX text with letters, not symbols', () => {
    const src = [
      'export const A = () => (',
      '  <div>',
      '    <button>Save</button>',
      '    <span>⋮⋮</span> <b>×</b> <i>▸</i> <em>—</em> <u>@</u> <s>&nbsp;</s> <p>12 / 3 %</p>',
      '    <p>',
      '      Multi line',
      '    </p>',
      '    {t("ok")} {" "} {n}',
      '  </div>',
      ');',
    ].join('\n');
    expect(texts('A.tsx', src)).toEqual(['3: Save', '6: Multi line']);
  });

  it('flags literals rendered as children and in text attributes', () => {
    const src = [
      'export const A = ({ busy, x }: { busy: boolean; x: string }) => (',
      '  <div>',
      "    {busy ? 'Saving' : t('tplSave')}",
      "    {x && 'Ready'}",
      '    <input aria-label="Search" placeholder={\'Type here\'} className="big words here" />',
      '    <img alt={`Photo of ${x}`} title={busy ? \'…\' : x} data-x="not text" />',
      "    <span aria-label={t('dismiss')} title=\"×\">{x === 'brand' ? '★' : '☆'}</span>",
      '  </div>',
      ');',
    ].join('\n');
    expect(texts('A.tsx', src)).toEqual(['3: Saving', '4: Ready', '5: Search', '5: Type here', '6: Photo of']);
  });

  it('flags textContent and friends in DOM code, but not CSS or t()', () => {
    const src = [
      "close.textContent = '×';",
      "label.textContent = 'Dismiss';",
      'text.textContent = `${t("layoutChanged")}: ${missing.join(", ")}`;',
      "style.textContent = '.x { color: red; }';",
      "el.setAttribute('aria-label', 'Close');",
      "el.setAttribute('data-role', 'something');",
      "el.title = ok ? t('a') : 'Broken';",
      "el.append(document.createTextNode('Hello'));",
      '// i18n-ignore',
      "el.textContent = 'Riposte';",
    ].join('\n');
    expect(texts('a.ts', src)).toEqual(['2: Dismiss', '5: Close', '7: Broken', '8: Hello']);
  });

  it('formats offenders as file:line: text', () => {
    expect(formatOffender({ file: 'components/A.tsx', line: 3, text: 'Save', kind: 'jsx-text' })).toBe(
      'components/A.tsx:3: Save',
    );
  });

  it('finds no hard-coded UI strings in components/ and lib/features/', () => {
    const { files, offenders } = scanProject();
    expect(files).toBeGreaterThan(0);
    expect(offenders.map(formatOffender)).toEqual([]);
  });
});
