import path from 'node:path';

/** Folders of a project that hold what builds write, not what editors write. */
export interface BuildProducts {
  /** Astro's output folder (`dist/`). */
  outDir: string;
  /** The build's cache folder, when it is not Vite's own (which Vite already leaves alone). */
  cacheDir: string | undefined;
  /** The bench's work folder (`.bench/`): whole corpora with their builds and caches. */
  benchDir: string;
  /** The content root, watched even when it lies inside one of the folders above (the bench's corpora do). */
  contentRoot: string;
}

const inside = (folder: string, file: string) => {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * The paths the preview's file watcher must not walk. Vite watches the whole project, and at
 * archive size its build products hold hundreds of thousands of files: walking them delayed the
 * first page by minutes and ran out of the system's inotify watches, after which an edit could go
 * unseen. Nothing in them is a source a preview reloads for.
 */
export function unwatchedPaths(products: BuildProducts): (file: string) => boolean {
  const folders = [products.outDir, products.cacheDir, products.benchDir].filter((folder): folder is string => Boolean(folder)).map((folder) => path.resolve(folder));
  const contentRoot = path.resolve(products.contentRoot);
  return (file) => {
    const resolved = path.resolve(file);
    return !inside(contentRoot, resolved) && folders.some((folder) => inside(folder, resolved));
  };
}
