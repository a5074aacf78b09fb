/** Scoped console logging; the prefix makes our lines easy to find among the site's. */
export function logger(scope: string) {
  const p = `[riposte:${scope}]`;
  return {
    debug: (...a: unknown[]) => {
      if ((globalThis as { __RIPOSTE_DEBUG__?: boolean }).__RIPOSTE_DEBUG__) console.debug(p, ...a);
    },
    warn: (...a: unknown[]) => console.warn(p, ...a),
    error: (...a: unknown[]) => console.error(p, ...a),
  };
}
