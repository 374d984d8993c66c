import path from 'node:path';

/** Folders of a project that Vite's watcher must leave alone. */
export interface UnwatchedFolders {
  /** Astro's output folder (`dist/`). */
  outDir: string;
  /** The build's cache folder, when it is not Vite's own (which Vite already leaves alone). */
  cacheDir: string | undefined;
  /** The bench's work folder (`.bench/`): whole corpora with their builds and caches. */
  benchDir: string;
  /** The content root, which the content loader watches itself, folder by folder (src/model/content-watch.ts). */
  contentRoot: string;
}

const inside = (folder: string, file: string) => file === folder || file.startsWith(folder + path.sep);

/**
 * The paths Vite's file watcher must not walk. It watches the whole project, one inotify watch
 * per file, and at archive size the build products hold hundreds of thousands of files: walking
 * them delayed the first page by minutes and ran out of the system's inotify watches, after which
 * an edit could go unseen. Nothing in them is a source a preview reloads for. The content root is
 * a source, but no module imports it: the loader watches it, more cheaply.
 */
export function unwatchedPaths(unwatched: UnwatchedFolders): (file: string) => boolean {
  const folders = [unwatched.outDir, unwatched.cacheDir, unwatched.benchDir, unwatched.contentRoot].filter((folder): folder is string => Boolean(folder)).map((folder) => path.resolve(folder));
  return (file) => {
    // Resolved: the watcher's separators are not always the platform's.
    const resolved = path.resolve(file);
    return folders.some((folder) => inside(folder, resolved));
  };
}
