/**
 * Processes a queue in small slices when the main thread is idle, so tagging thousands of comments
 * never produces a long task. Each slice stops after `budgetMs`.
 */
export function createIdleQueue<T>(
  work: (item: T) => void,
  opts: { budgetMs?: number; signal: AbortSignal; onDrain?: () => void },
) {
  const budget = opts.budgetMs ?? 8;
  const items: T[] = [];
  let scheduled = false;
  const ric: (cb: (d?: IdleDeadline) => void) => void =
    typeof requestIdleCallback === 'function'
      ? (cb) => requestIdleCallback(cb, { timeout: 150 })
      : (cb) => setTimeout(cb, 1);

  const tick = () => {
    scheduled = false;
    if (opts.signal.aborted) return;
    const start = performance.now();
    while (items.length && performance.now() - start < budget) {
      const item = items.shift() as T;
      try {
        work(item);
      } catch (err) {
        console.error('[riposte] idle work failed', err);
      }
    }
    if (items.length) schedule();
    else opts.onDrain?.();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    ric(tick);
  };
  return {
    push(item: T) {
      items.push(item);
      schedule();
    },
    get size() {
      return items.length;
    },
  };
}
