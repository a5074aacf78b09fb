import { describe, expect, it } from 'vitest';
import { foreignNodesChanged, mutationMemo } from '../../lib/sites/dom';

/** Runs `fn` in a later task, so the per-run memo under mutationMemo no longer applies. */
const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('mutationMemo', () => {
  it('recomputes after a relevant change (even one made in the same task), not after our chips', async () => {
    const list = document.createElement('ul');
    document.body.append(list);
    list.innerHTML = '<li>a</li><li>b</li>';
    let computed = 0;
    const count = () =>
      mutationMemo(
        'test-items',
        list,
        {},
        (r) => foreignNodesChanged(r),
        () => {
          computed++;
          return list.querySelectorAll('li').length;
        },
      );
    expect(count()).toBe(2);
    await nextTask();
    expect(count()).toBe(2);
    expect(computed).toBe(1);

    // Our own chip: not a change of the page's structure.
    const chip = document.createElement('span');
    chip.setAttribute('data-riposte-chip', '');
    list.firstElementChild!.append(chip);
    await nextTask();
    expect(count()).toBe(2);
    expect(computed).toBe(1);

    // A new item, read back in the same task: the pending records are taken synchronously.
    await nextTask();
    list.append(document.createElement('li'));
    expect(count()).toBe(3);
    expect(computed).toBe(2);
    // A text change is not relevant to this predicate.
    await nextTask();
    list.firstElementChild!.textContent = 'changed';
    expect(count()).toBe(3);
    expect(computed).toBe(2);
    list.remove();
  });

  it('recomputes when the URL changes', async () => {
    const list = document.createElement('div');
    document.body.append(list);
    let computed = 0;
    const read = () =>
      mutationMemo(
        'test-url',
        list,
        {},
        () => false,
        () => ++computed,
      );
    expect(read()).toBe(1);
    await nextTask();
    history.pushState(null, '', '/elsewhere');
    expect(read()).toBe(2);
    list.remove();
  });
});
