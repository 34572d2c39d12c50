/**
 * localStorage that never throws: it is missing or throws in private modes,
 * sandboxed iframes and browsers with storage blocked. Callers then get
 * `undefined` and carry on with what they keep in memory.
 */
export function readStorage(key: string): string | undefined {
  try {
    return globalThis.localStorage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeStorage(key: string, value: string): boolean {
  try {
    globalThis.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
