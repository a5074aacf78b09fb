/**
 * Comment id → its element on the page, forgetting the elements the page has removed (X unmounts
 * replies scrolled out of view; keeping them would hold every detached subtree of a long thread).
 * Pruning is amortized: a sweep runs when the index has doubled since the last one.
 */
export class ElementIndex {
  private readonly map = new Map<string, Element>();
  private limit: number;

  constructor(private readonly floor = 500) {
    this.limit = floor;
  }

  set(id: string, el: Element): void {
    this.map.set(id, el);
    if (this.map.size <= this.limit) return;
    for (const [k, e] of this.map) if (!e.isConnected) this.map.delete(k);
    this.limit = Math.max(this.floor, this.map.size * 2);
  }

  /** The element, if it is still on the page. */
  get(id: string): Element | undefined {
    const el = this.map.get(id);
    if (el && !el.isConnected) {
      this.map.delete(id);
      return undefined;
    }
    return el;
  }

  /** Elements still on the page (detached ones are dropped on the way). */
  *entries(): IterableIterator<[string, Element]> {
    for (const [id, el] of this.map) {
      if (el.isConnected) yield [id, el];
      else this.map.delete(id);
    }
  }

  values(): Element[] {
    return [...this.entries()].map(([, el]) => el);
  }

  get size(): number {
    return this.map.size;
  }
}
