import { codeVersion, sourceFilesIn } from '../code-version.ts';

const CARDS = new URL('./', import.meta.url);

/**
 * A digest of the code that draws a card: every file in this folder (layout,
 * palette, encoder, worker) and the installed packages (fonts, satori,
 * resvg). Read from the source tree, so only code that runs from it (an
 * integration) can call it; bundled pages get it through `import.meta.env`.
 */
export function cardCodeVersion(folder: URL = CARDS): string {
  return codeVersion(...sourceFilesIn(folder));
}
