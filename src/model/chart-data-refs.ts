import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FOLDER, dataFileNamesIn } from '../markdown/charts/data-files.ts';

/** A file's content digest, or `null` when it is not there (the render reports that, with the line). */
function digestOf(file: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('base64url');
  } catch {
    return null;
  }
}

/**
 * What the data files a body's charts can read hold, as text for the body's
 * key: a chart prints its data (the drawing and the table), so an edited CSV
 * must render its bodies again, and only those. Empty for a body with no
 * chart, whose key is then what it always was. Read at every load, since a
 * data file can change while the Markdown does not; the names, which only
 * the Markdown decides, may be passed in from an earlier look at the same body.
 */
export function chartDataPart(markdown: string, contentRoot: string, names: readonly string[] = dataFileNamesIn(markdown)): string {
  return names.length ? `\0charts:${JSON.stringify(names.map((name) => [name, digestOf(path.join(contentRoot, DATA_FOLDER, name))]))}` : '';
}
