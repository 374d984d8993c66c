/**
 * Editor preview at archive size: how long `astro dev` takes to serve the first article page, and
 * how long a saved edit takes to appear in a page open in Chromium, without a manual reload.
 *
 * `astro dev` keeps its content store in <project>/.astro/data-store.json, not in the build's
 * cache folder (node_modules/astro/dist/content/paths.js: getDataStoreFile(settings, isDev)), so
 * a warm build cache does not warm the preview. An editor's "warm" preview is the second start,
 * after a first one filled that store: we time both. The project's own store is moved aside for
 * the run and put back afterwards, and Astro's dev lock (.astro/dev.json) is honoured: when
 * another dev server runs in this project, the preview is not measured.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface PreviewFigures {
  /** Seconds from `astro dev` starting (content store as a first start finds it: empty) to the first article page served with 200. */
  firstPageColdStoreSeconds: number | null;
  /** The same with the store the first start wrote: what an editor sees every day. */
  firstPageSeconds: number | null;
  /** Seconds from saving an edit to the article's Markdown to the new text showing in the open page. */
  editVisibleSeconds: number | null;
  /** Time limits, for figures that ran out (null above). */
  limits: { firstPageSeconds: number; editSeconds: number };
  notes: string[];
}

interface Options {
  repo: string;
  env: NodeJS.ProcessEnv;
  /** The article to open and edit. */
  slug: string;
  markdownFile: string;
  firstPageTimeoutMs: number;
  editTimeoutMs: number;
  /** Where the project's own dev content store waits while we run. */
  scratch: string;
}

const live = new Set<ChildProcess>();

/** Kills a dev server and everything in its process group. */
async function stop(child: ChildProcess): Promise<void> {
  const group = child.pid;
  const signal = (name: NodeJS.Signals) => {
    try {
      if (group) process.kill(-group, name);
    } catch {
      // Already gone.
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    signal('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  // The group may outlive its leader (esbuild, workers): always finish it off.
  signal('SIGKILL');
  live.delete(child);
}

function killAllNow() {
  for (const child of live) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
process.on('exit', killAllNow);
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(name, () => {
    killAllNow();
    process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[name]);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface DevServer {
  child: ChildProcess;
  origin: string;
  started: number;
  output: () => string;
}

async function startDev(options: Options, port: number): Promise<DevServer> {
  const started = performance.now();
  // The package.json "dev" script, with the bench's content and cache. detached: its own process
  // group, so that stopping it also stops whatever it started. ASTRO_DEV_BACKGROUND: Astro would
  // otherwise move the server to the background when it thinks an AI agent runs it
  // (cli/dev/index.js), and we could no longer stop it.
  const child = spawn(process.execPath, [path.join(options.repo, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: options.repo,
    env: { ...options.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, origin: `http://127.0.0.1:${port}`, started, output: () => output };
}

/** Seconds from the server's start until `url` answers 200 with its whole body, or null past the limit. */
async function firstOk(server: DevServer, url: string, timeoutMs: number): Promise<number | null> {
  const deadline = server.started + timeoutMs;
  while (performance.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error(`astro dev exited:\n${server.output().slice(-3000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(1, Math.ceil(deadline - performance.now()))) });
      await response.arrayBuffer();
      if (response.status === 200) return (performance.now() - server.started) / 1000;
    } catch {
      // Not listening yet, or the request ran out of time.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

/** The article with one sentence added to its first paragraph, and that sentence. */
function edited(markdown: string): { text: string; marker: string } {
  const marker = `Preview check ${Date.now().toString(36)}`;
  const lines = markdown.split('\n');
  const frontMatterEnd = lines.indexOf('---', 1);
  const paragraph = lines.findIndex((line, index) => index > frontMatterEnd && /^[A-Z]/.test(line));
  if (frontMatterEnd < 0 || paragraph < 0) throw new Error('no paragraph to edit');
  lines[paragraph] = `${lines[paragraph]} ${marker}.`;
  return { text: lines.join('\n'), marker };
}

function otherDevServer(repo: string): string | undefined {
  const lock = path.join(repo, '.astro', 'dev.json');
  if (!existsSync(lock)) return undefined;
  try {
    const { pid, url } = JSON.parse(readFileSync(lock, 'utf8')) as { pid: number; url: string };
    process.kill(pid, 0);
    return `pid ${pid}, ${url}`;
  } catch {
    return undefined;
  }
}

export async function measurePreview(options: Options): Promise<PreviewFigures> {
  const figures: PreviewFigures = {
    firstPageColdStoreSeconds: null,
    firstPageSeconds: null,
    editVisibleSeconds: null,
    limits: { firstPageSeconds: options.firstPageTimeoutMs / 1000, editSeconds: options.editTimeoutMs / 1000 },
    notes: [],
  };
  const other = otherDevServer(options.repo);
  if (other) {
    figures.notes.push(`not measured: another astro dev server runs in this project (${other}); stop it and run the bench again`);
    return figures;
  }
  const store = path.join(options.repo, '.astro', 'data-store.json');
  const backup = path.join(options.scratch, 'project-dev-data-store.json');
  const hadStore = existsSync(store);
  if (hadStore) renameSync(store, backup);
  const original = readFileSync(options.markdownFile, 'utf8');
  const page = `/articles/${options.slug}/`;
  let server: DevServer | undefined;
  try {
    // One port for both starts: the port is part of the Astro config, and a changed config clears the
    // dev content store ("Astro config changed", content/content-layer.js), so a new port is a cold start.
    const port = await freePort();
    // First start: the dev content store is empty, so every article is read, checked and rendered.
    server = await startDev(options, port);
    figures.firstPageColdStoreSeconds = await firstOk(server, server.origin + page, options.firstPageTimeoutMs);
    await stop(server.child);
    if (figures.firstPageColdStoreSeconds === null) figures.notes.push(`first start: no 200 from ${page} within ${figures.limits.firstPageSeconds} s`);

    // Second start, with the store the first one wrote.
    server = await startDev(options, port);
    figures.firstPageSeconds = await firstOk(server, server.origin + page, options.firstPageTimeoutMs);
    if (/Clearing content store/.test(server.output())) figures.notes.push('second start: Astro cleared the dev content store, so it was not warm');
    if (figures.firstPageSeconds === null) {
      figures.notes.push(`second start: no 200 from ${page} within ${figures.limits.firstPageSeconds} s`);
      return figures;
    }
    figures.editVisibleSeconds = await editVisible(server, page, options, original, figures.notes);
    return figures;
  } catch (error) {
    figures.notes.push(`failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 2000));
    return figures;
  } finally {
    writeFileSync(options.markdownFile, original);
    if (server) await stop(server.child);
    // Leave the project's .astro as we found it: its own store back, no lock of ours.
    rmSync(store, { force: true });
    if (hadStore) renameSync(backup, store);
    const lock = path.join(options.repo, '.astro', 'dev.json');
    try {
      if ((JSON.parse(readFileSync(lock, 'utf8')) as { pid: number }).pid === server?.child.pid) rmSync(lock, { force: true });
    } catch {
      // No lock left behind.
    }
  }
}

async function editVisible(server: DevServer, page: string, options: Options, original: string, notes: string[]): Promise<number | null> {
  if (!existsSync('/usr/bin/chromium')) {
    notes.push('edit not measured: /usr/bin/chromium is missing (apt-get install chromium)');
    return null;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const tab = await browser.newPage();
    // Vite's client logs "[vite] connected." once its socket is open: an edit saved before that could not reach the page.
    const connected = new Promise<void>((resolve) => tab.on('console', (message) => message.text().includes('[vite] connected') && resolve()));
    let loads = 0;
    tab.on('load', () => loads++);
    await tab.goto(server.origin + page, { waitUntil: 'load', timeout: options.firstPageTimeoutMs });
    const socket = await Promise.race([connected.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000))]);
    if (!socket) notes.push('Vite client did not report "[vite] connected." within 15 s; the edit was saved anyway');
    const { text, marker } = edited(original);
    const loadsBefore = loads;
    writeFileSync(options.markdownFile, text);
    const saved = performance.now();
    try {
      await tab.getByText(marker).first().waitFor({ state: 'visible', timeout: options.editTimeoutMs });
    } catch {
      notes.push(`edit not visible within ${options.editTimeoutMs / 1000} s (page loads after the save: ${loads - loadsBefore})`);
      return null;
    }
    const seconds = (performance.now() - saved) / 1000;
    notes.push(`edit shown by ${loads > loadsBefore ? 'a full page reload' : 'an in-place update'}`);
    return seconds;
  } finally {
    await browser.close();
  }
}
