import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const REPO = path.resolve(import.meta.dirname, '../..');

/** Content files by path under content/: text, bytes (pictures), or `null` to delete one. */
export type FixtureFiles = Record<string, string | Uint8Array | null>;

/** The standing pages the site config names for the publisher's policies (`site.trustPages`), by slug, with their titles. */
export const STANDING_PAGES: Record<string, string> = {
  about: 'About us',
  masthead: 'Masthead',
  standards: 'Standards',
  'corrections-policy': 'Corrections policy',
  'unnamed-sources': 'Unnamed sources',
  'ownership-and-funding': 'Ownership and funding',
  contact: 'Contact',
};

/** A small valid newsroom; tests add, replace or delete files (`null`) to make their case. */
export const BASE_CONTENT: Record<string, string> = {
  'authors/foreign-desk.yaml': 'name: Foreign Desk\nrole: International affairs\nbio: Covers diplomacy.\n',
  'tags/russia.yaml': 'label: Russia\ndescription: The Russian state.\n',
  'tags/diplomacy.yaml': 'label: Diplomacy\ndescription: Summits and negotiation.\n',
  'events/helsinki-summit.yaml': 'date: 2018-07-16\ntitle: Helsinki summit\n',
  'articles/first-story.md': article({}),
  ...Object.fromEntries(Object.entries(STANDING_PAGES).map(([slug, title]) => [`pages/${slug}.md`, page({ title: `"${title}"` })])),
};

/** A Markdown content file: `defaults` overridden by `fields` (a null deletes one), then the body. */
function markdownFile(defaults: Record<string, string>, fields: FixtureFiles, body: string): string {
  const lines = Object.entries({ ...defaults, ...fields })
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/** Front matter plus body for a valid article, with fields overridden by `fields` (a null deletes one). */
export function article(fields: FixtureFiles, body = 'A paragraph of analysis.\n'): string {
  const defaults = { title: '"First story"', description: 'A dek.', kind: 'analysis', publishedAt: '2025-08-12', authors: '[foreign-desk]', tags: '[russia, diplomacy]' };
  return markdownFile(defaults, fields, body);
}

/** Front matter plus body for a valid standing page, with fields overridden by `fields` (a null deletes one). */
export function page(fields: FixtureFiles, body = 'What this page says.\n'): string {
  return markdownFile({ title: '"About us"', description: 'What this page is for.' }, fields, body);
}

/** Front matter plus summary for a valid story, with fields overridden by `fields` (a null deletes one). */
export function story(fields: FixtureFiles, summary = 'What we know so far.\n'): string {
  return markdownFile({ title: '"The talks"', description: 'Leaders talk about talking.', status: 'developing' }, fields, summary);
}

/**
 * Fixture folders (content, cache and dist: megabytes each) made by the test
 * file that imports this helper, removed after its last test: a suite run
 * makes about a hundred. Vitest evaluates the helper once per test file.
 */
const scratchRoots: string[] = [];
afterAll(() => {
  for (const root of scratchRoots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function scratchRoot(prefix: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  scratchRoots.push(root);
  return root;
}

export async function writeContent(files: FixtureFiles): Promise<string> {
  const root = await scratchRoot('backstory-fixture-');
  const merged = { ...BASE_CONTENT, ...files };
  for (const [name, text] of Object.entries(merged)) {
    if (text === null) continue;
    const file = path.join(root, 'content', name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  await mkdir(path.join(root, 'content', 'articles'), { recursive: true });
  return root;
}

/** The parent's environment minus vitest's markers, which switch Astro's dev server into test mode. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export interface BuildResult {
  code: number | null;
  /** stdout and stderr, colours stripped. */
  output: string;
  root: string;
  dist: string;
}

/** Changes files of a built fixture (`null` deletes) and builds it again into the same dist/ and cache. */
export async function rebuildFixture(previous: BuildResult, files: FixtureFiles, env: Record<string, string> = {}): Promise<BuildResult> {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(previous.root, 'content', name);
    if (text === null) await rm(file, { force: true });
    else await writeFile(file, text);
  }
  return runBuild(previous.root, path.join(previous.root, 'content'), env);
}

/**
 * Builds the site from a fixture content tree, the way `npm run build` would.
 * `files: 'launch'` builds the repository's own content into a separate folder.
 */
export async function buildFixture(files: FixtureFiles | 'launch', env: Record<string, string> = {}): Promise<BuildResult> {
  const root = files === 'launch' ? await scratchRoot('backstory-launch-') : await writeContent(files);
  return runBuild(root, files === 'launch' ? path.join(REPO, 'content') : path.join(root, 'content'), env);
}

async function runBuild(root: string, contentDir: string, env: Record<string, string>): Promise<BuildResult> {
  const dist = path.join(root, 'dist');
  const child = spawn(process.execPath, [path.join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: REPO,
    env: childEnv({ BACKSTORY_CONTENT_DIR: contentDir, BACKSTORY_CACHE_DIR: path.join(root, 'cache'), ...env }),
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  // eslint-disable-next-line no-control-regex
  return { code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), root, dist };
}

/** Runs `astro dev` on a fixture content tree; resolves once it serves, with its base URL. */
export async function startDevServer(files: FixtureFiles): Promise<{ url: string; root: string; stop(): void }> {
  const root = await writeContent(files);
  const port = 4400 + Math.floor(Math.random() * 500);
  // Astro 7 refuses a second dev server per project (its lock file in .astro/), and a test's server may
  // still be exiting when the next test starts one: each fixture server has its own content, cache and port.
  const child = spawn(process.execPath, [path.join(REPO, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: REPO,
    env: childEnv({ BACKSTORY_CONTENT_DIR: path.join(root, 'content'), BACKSTORY_CACHE_DIR: path.join(root, 'cache') }),
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`astro dev exited: ${output}`);
    try {
      await fetch(url);
      return { url, root, stop: () => child.kill() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  child.kill();
  throw new Error(`astro dev did not start: ${output}`);
}
