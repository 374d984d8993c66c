import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../code-version.ts';

const CARDS = new URL('./', import.meta.url);

/**
 * A digest of the code that draws a card: every file in this folder (layout,
 * palette, encoder, worker) and the installed packages (fonts, satori,
 * resvg). Read from the source tree, so only code that runs from it (an
 * integration) can call it; bundled pages get it through `import.meta.env`.
 */
export function cardCodeVersion(folder: URL = CARDS): string {
  const files = readdirSync(fileURLToPath(folder)).filter((name) => name.endsWith('.ts')).sort();
  return codeVersion(...files.map((name) => new URL(name, folder)));
}
