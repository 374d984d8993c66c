/**
 * An object whose fields are each computed on first read, then kept. Reads
 * after the first cost a plain property access.
 */
export function lazyFields<T extends object>(compute: { [K in keyof T]: () => T[K] }): T {
  const object = {} as T;
  for (const key of Object.keys(compute) as (keyof T & string)[]) {
    Object.defineProperty(object, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = compute[key]();
        Object.defineProperty(object, key, { value, enumerable: true, writable: false });
        return value;
      },
    });
  }
  return object;
}
