/**
 * Processes a queue in small slices at background priority, so tagging thousands of comments
 * never produces a long task: each slice stops after `budgetMs` and yields to the page. Slices are
 * background-priority tasks (scheduler.postTask), not idle callbacks: a page that keeps painting
 * (as ours does while chips appear) may get an idle period only every 150 ms or so.
 */
export function createIdleQueue<T>(
  work: (item: T) => void,
  opts: {
    budgetMs?: number;
    signal: AbortSignal;
    onDrain?: () => void;
    /** Items that get a task of their own (one-time costs of unknown length: never chained with others). */
    alone?: (item: T) => boolean;
  },
) {
  const budget = opts.budgetMs ?? 8;
  const items: T[] = [];
  let scheduled = false;
  const sched = (
    globalThis as { scheduler?: { postTask?: (cb: () => void, o: { priority: string }) => Promise<unknown> } }
  ).scheduler;
  const ric: (cb: () => void) => void = sched?.postTask
    ? (cb) => void sched.postTask!(cb, { priority: 'background' }).catch(() => undefined)
    : (cb) => setTimeout(cb, 0);

  const tick = () => {
    scheduled = false;
    if (opts.signal.aborted) return;
    const start = performance.now();
    for (let ran = 0; items.length && performance.now() - start < budget; ran++) {
      const alone = opts.alone?.(items[0] as T) ?? false;
      if (alone && ran > 0) break; // starts a task of its own
      const item = items.shift() as T;
      try {
        work(item);
      } catch (err) {
        console.error('[riposte] idle work failed', err);
      }
      if (alone) break;
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
