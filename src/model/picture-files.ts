import { statSync } from 'node:fs';
import path from 'node:path';
import { site } from '../site.config.ts';

/** What the picture step (sharp) reads and turns into AVIF, WebP and a fallback. */
export const PICTURE_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

const REMOTE = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

export interface PictureProblem {
  message: string;
  hint: string;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * Whether `src`, written in `fromFile` (an article, a story), names a picture
 * the build can publish: one of our own files beside the content, relative to
 * the file that shows it, in a format the picture step reads, and small
 * enough to process. Checked at every build, cached render or not, so a
 * picture deleted or swapped after its article was rendered is still caught.
 */
export function checkPictureFile(src: string, fromFile: string, maxBytes = site.images.maxSourceBytes): PictureProblem | undefined {
  const relativeHint = 'save it in content/images/ and write its path from this file, e.g. ../images/file.jpg.';
  if (REMOTE.test(src)) return { message: `"${src}" is a remote address: pictures are never hot-linked`, hint: `ask for the rights to publish it, then ${relativeHint}` };
  if (src.startsWith('/')) return { message: `"${src}" is a path from the site root, which the build cannot process`, hint: relativeHint };
  const extension = path.extname(src).slice(1).toLowerCase();
  if (!(PICTURE_FORMATS as readonly string[]).includes(extension)) {
    return { message: `"${src}" is not a picture format the build processes`, hint: `export it as ${PICTURE_FORMATS.join(', ')}.` };
  }
  let bytes: number;
  try {
    const stats = statSync(path.resolve(path.dirname(fromFile), src));
    if (!stats.isFile()) throw new Error('not a file');
    bytes = stats.size;
  } catch {
    return { message: `"${src}" is not a file`, hint: `check the spelling, or ${relativeHint}` };
  }
  if (bytes > maxBytes) {
    return { message: `"${src}" is ${megabytes(bytes)}, over the ${megabytes(maxBytes)} limit for a source picture`, hint: 'export it smaller (2,400 pixels wide is plenty): the build makes every size readers need from it.' };
  }
  return undefined;
}
