import { describe, expect, it } from 'vitest';
import { EditBatch } from '../../../src/model/edit-batch.ts';

/** A promise and the function that settles it, as a collection's reload is one. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('EditBatch', () => {
  it('runs the step once, after the last piece of work added in the same tick has ended', async () => {
    const batch = new EditBatch();
    const steps: string[] = [];
    const [articles, stories, pages] = [deferred(), deferred(), deferred()];
    batch.add(articles.promise, () => steps.push('first'));
    batch.add(stories.promise, () => steps.push('second'));
    batch.add(pages.promise, () => steps.push('third'));
    articles.resolve();
    await settle();
    stories.resolve();
    await settle();
    expect(steps).toEqual([]);
    pages.resolve();
    await settle();
    expect(steps).toEqual(['first']);
  });

  it('runs the step when a piece of work fails, and starts a new batch at the next event', async () => {
    const batch = new EditBatch();
    const steps: string[] = [];
    const [failing, passing] = [deferred(), deferred()];
    batch.add(failing.promise, () => steps.push('one'));
    batch.add(passing.promise, () => steps.push('not run'));
    failing.reject(new Error('a broken link'));
    passing.resolve();
    await settle();
    expect(steps).toEqual(['one']);
    // A later save, heard in a later tick: its own batch and its own step.
    const later = deferred();
    batch.add(later.promise, () => steps.push('two'));
    later.resolve();
    await settle();
    expect(steps).toEqual(['one', 'two']);
  });

  it('keeps the events of separate ticks apart, even while the first batch is still running', async () => {
    const batch = new EditBatch();
    const steps: string[] = [];
    const [first, second] = [deferred(), deferred()];
    batch.add(first.promise, () => steps.push('first save'));
    await Promise.resolve();
    batch.add(second.promise, () => steps.push('second save'));
    second.resolve();
    await settle();
    expect(steps).toEqual(['second save']);
    first.resolve();
    await settle();
    expect(steps).toEqual(['second save', 'first save']);
  });
});
