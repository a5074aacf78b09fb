/**
 * Hostile-input timings: what a page or an import can throw at the template renderer and the
 * classifier. Each figure is the median of several runs of one call; the unit tests check only the
 * results of these inputs.
 */
import { performance } from 'node:perf_hooks';
import { renderTemplate } from '../../lib/templates/render';
import { MAX_BODY_LENGTH } from '../../lib/templates/model';
import { analyze } from '../../lib/sentiment/index';
import type { Figure } from '../bench';

function medianMs(run: () => unknown, times = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)]!;
}

export async function runHostileBench(): Promise<Figure[]> {
  analyze('warm up the model 😀');
  renderTemplate('{author} {date}', { author: 'Ana' });
  const unclosed = Math.max(
    ...['{', '{a', '{a|', '{{{', '{first_name|'].map((unit) =>
      medianMs(() => renderTemplate(unit.repeat(Math.ceil(60_000 / unit.length)), { author: 'Ana' })),
    ),
  );
  const longValue = `${'x'.repeat(20_000)} ${'😀'.repeat(2_000)}`;
  const repeated = '{first_name} {author} {date} '.repeat(Math.floor(MAX_BODY_LENGTH / 29));
  return [
    { name: 'hostile.render_unclosed_60k.ms', value: unclosed, unit: 'ms' },
    {
      name: 'hostile.render_repeated_vars_long_value.ms',
      value: medianMs(() => renderTemplate(repeated, { author: longValue })),
      unit: 'ms',
    },
    {
      name: 'hostile.analyze_50k_chars.ms',
      value: medianMs(() => analyze('a'.repeat(20000) + ' terrible '.repeat(3000))),
      unit: 'ms',
    },
    {
      name: 'hostile.analyze_10k_emoji.ms',
      value: medianMs(() => analyze('😀'.repeat(5000) + '👍🏽'.repeat(2500))),
      unit: 'ms',
    },
  ];
}
