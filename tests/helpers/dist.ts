import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { REPO } from './fixture-site.ts';

export const DIST = path.join(REPO, 'dist');

export function assertBuilt(dist = DIST): void {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist} has no index.html: run \`npm run build\` before these tests (\`npm test\` does).`);
  }
}

/** Every file under `dist`, as paths relative to it. */
export function listFiles(dist = DIST): string[] {
  return (readdirSync(dist, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)));
}

/** Parses the page a reader gets at `urlPath` (e.g. `/articles/x/`). */
export function readPage(urlPath: string, dist = DIST): HTMLElement {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return parse(readFileSync(path.join(dist, file), 'utf8'));
}

export function text(element: HTMLElement | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
