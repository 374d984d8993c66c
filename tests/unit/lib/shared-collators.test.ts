import { describe, expect, it } from 'vitest';
import { withSharedCollators } from '../../../src/lib/shared-collators.ts';

const nativeLocaleCompare = String.prototype.localeCompare;

/** Strings a collator orders differently by each option: numbers, case, accents, punctuation. */
const words = ['a', 'A', 'á', 'b', 'B', 'item2', 'item10', 'item1', 'Item10', 'résumé', 'resume', 'Resume', 'co-op', 'coop', 'z', 'Ä', 'ä', 'ae', '', '10', '9', 'https://x.example/articles/page-2/', 'https://x.example/articles/page-10/'];

const optionSets: [Intl.LocalesArgument, Intl.CollatorOptions | undefined][] = [
  ['en', { numeric: true }],
  ['en', undefined],
  [undefined, { sensitivity: 'base' }],
  [['de', 'en'], { caseFirst: 'upper' }],
  ['sv', { ignorePunctuation: true, usage: 'search' }],
  ['en', { numeric: true, sensitivity: undefined }],
];

/** Counts the collators built while `task` runs. */
async function collatorsBuilt(task: () => Promise<unknown> | unknown): Promise<number> {
  const Native = Intl.Collator;
  let built = 0;
  const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.Collator>) {
    built += 1;
    return new Native(...args);
  } as unknown as typeof Intl.Collator;
  Intl.Collator = Counting;
  try {
    await task();
  } finally {
    Intl.Collator = Native;
  }
  return built;
}

describe('withSharedCollators', () => {
  it("answers every comparison as the built-in localeCompare does, for every set of locales and options", async () => {
    for (const [locales, options] of optionSets) {
      const expected = words.flatMap((a) => words.map((b) => Math.sign(nativeLocaleCompare.call(a, b, locales, options))));
      const actual = await withSharedCollators(() => words.flatMap((a) => words.map((b) => Math.sign(a.localeCompare(b, locales, options)))));
      expect(actual, JSON.stringify([locales, options])).toEqual(expected);
    }
    const sorted = [...words].sort((a, b) => nativeLocaleCompare.call(a, b, 'en', { numeric: true }));
    expect(await withSharedCollators(() => [...words].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })))).toEqual(sorted);
  });

  it('builds one collator per set of locales and options', async () => {
    const sort = () => [...words, ...words].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(await collatorsBuilt(() => withSharedCollators(sort))).toBe(1);
    expect(await collatorsBuilt(() => withSharedCollators(() => (sort(), 'a'.localeCompare('b', 'sv'), 'a'.localeCompare('b', 'en', { numeric: true }))))).toBe(2);
  });

  it('leaves options it cannot key by value to the built-in, which builds no collator this can count', async () => {
    let read = 0;
    const withGetter = {
      get numeric() {
        read += 1;
        return true;
      },
    };
    let result: string[] = [];
    expect(await collatorsBuilt(() => withSharedCollators(() => (result = ['item10', 'item2'].sort((a, b) => a.localeCompare(b, 'en', withGetter)))))).toBe(0);
    expect(result).toEqual(['item2', 'item10']);
    expect(read, 'the built-in read the getter at each call').toBe(1);
    class Options {
      numeric = true;
    }
    expect(await collatorsBuilt(() => withSharedCollators(() => 'item10'.localeCompare('item2', 'en', new Options())))).toBe(0);
    expect(await collatorsBuilt(() => withSharedCollators(() => 'a'.localeCompare('b', 'en', { numeric: true, extra: { nested: 1 } } as Intl.CollatorOptions)))).toBe(0);
  });

  it('puts the built-in back when the task ends, throws, or overlaps another', async () => {
    await withSharedCollators(() => expect(String.prototype.localeCompare).not.toBe(nativeLocaleCompare));
    expect(String.prototype.localeCompare).toBe(nativeLocaleCompare);
    await expect(withSharedCollators(() => Promise.reject(new Error('task failed')))).rejects.toThrow('task failed');
    expect(String.prototype.localeCompare).toBe(nativeLocaleCompare);
    let release!: () => void;
    const first = withSharedCollators(() => new Promise<void>((resolve) => (release = resolve)));
    await withSharedCollators(() => undefined);
    expect(String.prototype.localeCompare, 'the first task still runs').not.toBe(nativeLocaleCompare);
    release();
    await first;
    expect(String.prototype.localeCompare).toBe(nativeLocaleCompare);
  });
});
