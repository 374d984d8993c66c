/**
 * Runs a step once for all the work that one event starts, when all of it
 * has ended: the loaders of every collection each reload after a saved
 * edit, and the content store is written once, after the last of them.
 * Written as each collection finished, the store was serialised for the
 * articles while the stories and pages were still reloading (10 MB at
 * 10,000 articles), and a story changed in the same save made a second
 * write and a second page reload in the editor's browser.
 */
export class EditBatch {
  #pending: Promise<unknown>[] | undefined;

  /**
   * Adds `work` to the batch of the current tick; `then` runs once, after
   * every piece of work added in that tick has settled, with the `then` of
   * the first. The work added must handle its own failure.
   */
  add(work: Promise<unknown>, then: () => unknown): void {
    if (!this.#pending) {
      const pending: Promise<unknown>[] = (this.#pending = []);
      // Every listener of one event is called in the same tick (onContentChange).
      queueMicrotask(() => {
        this.#pending = undefined;
        void Promise.allSettled(pending).then(then);
      });
    }
    this.#pending.push(work);
  }
}
