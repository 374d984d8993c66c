/**
 * `npm run bench`: builds a synthetic newsroom of 1,000 and 10,000 articles
 * with Backstory and with a bare Astro blog (the baseline), cold, warm, after
 * editing one article and after adding one, and prints both side by side.
 * Results go to .bench/results.json. Never part of `npm test`.
 *
 *   npm run bench                 # 1,000 and 10,000 articles
 *   npm run bench -- 1000         # just 1,000
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { generateCorpus, slugOf, syntheticArticle } from './generate.ts';
import { measure, type Run } from './measure.ts';
import { renderCard } from '../../src/lib/cards/render-card.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(REPO, '.bench');
const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const SCENARIOS = ['cold', 'cold, cards cached', 'warm', 'edit one', 'add one'] as const;
type Scenario = (typeof SCENARIOS)[number];

interface Figures {
  seconds: number;
  peakMiB: number;
  pages: number;
  pagesPerSecond: number;
  distMiB: number;
  bytesPerArticlePage: number;
  /** Backstory only: social cards drawn in this build (0 when every card came from the cache). */
  cardsDrawn?: number;
}

function walk(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function figures(run: Run, dist: string, articlePages: (file: string) => boolean, cardsDrawn?: number): Figures {
  if (run.code !== 0) throw new Error(`build failed:\n${run.output.slice(-3000)}`);
  const files = walk(dist);
  const pages = files.filter((file) => file.endsWith('.html')).length;
  const articles = files.filter(articlePages);
  const size = (list: string[]) => list.reduce((total, file) => total + statSync(file).size, 0);
  return {
    seconds: run.seconds,
    peakMiB: run.peakMiB,
    pages,
    pagesPerSecond: pages / run.seconds,
    distMiB: size(files) / 2 ** 20,
    bytesPerArticlePage: Math.round(size(articles) / Math.max(1, articles.length)),
    ...(cardsDrawn === undefined ? {} : { cardsDrawn }),
  };
}

interface System {
  name: string;
  build(root: string): Promise<Figures>;
}

const backstory: System = {
  name: 'Backstory',
  async build(root) {
    const dist = path.join(root, 'dist-backstory');
    const cards = path.join(root, 'cache-backstory', 'social-cards');
    const before = existsSync(cards) ? readdirSync(cards).length : 0;
    const run = await measure(process.execPath, [ASTRO, 'build', '--outDir', dist], {
      cwd: REPO,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BACKSTORY_CONTENT_DIR: path.join(root, 'content'), BACKSTORY_CACHE_DIR: path.join(root, 'cache-backstory'), BACKSTORY_NOW: '2026-01-01T00:00:00Z' },
    });
    const after = existsSync(cards) ? readdirSync(cards).length : 0;
    return figures(run, dist, (file) => /articles[/\\][^/\\]+[/\\]index\.html$/.test(file), after - before);
  },
};

const baseline: System = {
  name: 'Baseline',
  async build(root) {
    const dist = path.join(root, 'dist-baseline');
    const run = await measure(process.execPath, [ASTRO, 'build', '--root', path.join(REPO, 'scripts/bench/baseline'), '--outDir', dist], {
      cwd: REPO,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASELINE_CONTENT_DIR: path.join(root, 'content', 'articles') },
    });
    return figures(run, dist, (file) => /synthetic-story-\d+[/\\]index\.html$/.test(file));
  },
};

/** Puts the corpus in the state a scenario starts from, and cleans caches for a cold build. */
function prepare(root: string, count: number, scenario: Scenario): void {
  const articles = path.join(root, 'content', 'articles');
  if (scenario.startsWith('cold')) {
    for (const name of ['dist-backstory', 'dist-baseline']) rmSync(path.join(root, name), { recursive: true, force: true });
    // "cold, cards cached" keeps only the social cards: the target for pages, indexes,
    // feeds and search excludes drawing the cards, which is reported on its own line.
    const cache = path.join(root, 'cache-backstory');
    if (existsSync(cache)) for (const name of readdirSync(cache)) if (scenario === 'cold' || name !== 'social-cards') rmSync(path.join(cache, name), { recursive: true, force: true });
    // The baseline keeps Astro's cache in its own node_modules/.astro and .astro.
    rmSync(path.join(REPO, 'scripts/bench/baseline/node_modules'), { recursive: true, force: true });
    rmSync(path.join(REPO, 'scripts/bench/baseline/.astro'), { recursive: true, force: true });
  }
  if (scenario === 'edit one') writeFileSync(path.join(articles, `${slugOf(Math.floor(count / 2))}.md`), syntheticArticle(Math.floor(count / 2), 1));
  if (scenario === 'add one') writeFileSync(path.join(articles, `${slugOf(count)}.md`), syntheticArticle(count));
}

async function cardCost(): Promise<number> {
  const content = { kicker: 'Analysis', title: 'A headline long enough to wrap onto a second line of the card', byline: 'Foreign Desk', date: '1 January 2026', publication: 'Backstory' };
  await renderCard(content);
  const started = performance.now();
  for (let index = 0; index < 20; index++) await renderCard({ ...content, title: `${content.title} ${index}` });
  return (performance.now() - started) / 20;
}

const results: Record<string, Record<string, Record<Scenario, Figures>>> = {};
for (const count of SIZES.length ? SIZES : [1000, 10000]) {
  const root = path.join(WORK, String(count));
  mkdirSync(root, { recursive: true });
  results[count] = {};
  for (const system of [backstory, baseline]) {
    await generateCorpus(path.join(root, 'content'), count, path.join(REPO, 'content'));
    const bySystem = {} as Record<Scenario, Figures>;
    for (const scenario of SCENARIOS) {
      prepare(root, count, scenario);
      bySystem[scenario] = await system.build(root);
      const f = bySystem[scenario];
      console.log(`${count} articles, ${system.name}, ${scenario}: ${f.seconds.toFixed(1)} s, ${f.peakMiB.toFixed(0)} MiB peak`);
    }
    results[count][system.name] = bySystem;
  }
}

const cardMs = await cardCost();
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  '',
  row(['articles', 'scenario', 'figure', 'Backstory', 'Baseline', 'Backstory ÷ Baseline']),
  row(['---', '---', '---', '---:', '---:', '---:']),
];
const shown: [keyof Figures, string, (value: number) => string][] = [
  ['seconds', 'wall time (s)', (value) => value.toFixed(1)],
  ['peakMiB', 'peak RSS (MiB)', (value) => value.toFixed(0)],
  ['pagesPerSecond', 'pages per second', (value) => value.toFixed(0)],
  ['pages', 'pages', (value) => String(value)],
  ['distMiB', 'dist/ size (MiB)', (value) => value.toFixed(1)],
  ['bytesPerArticlePage', 'bytes per article page', (value) => String(value)],
];
for (const [count, systems] of Object.entries(results)) {
  for (const scenario of SCENARIOS) {
    for (const [key, label, format] of shown) {
      const ours = systems.Backstory![scenario][key] as number;
      const theirs = systems.Baseline![scenario][key] as number;
      lines.push(row([count, scenario, label, format(ours), format(theirs), (ours / theirs).toFixed(2)]));
    }
    lines.push(row([count, scenario, 'social cards drawn', String(systems.Backstory![scenario].cardsDrawn), '–', '–']));
  }
}
lines.push(
  '',
  `Social cards: ${cardMs.toFixed(1)} ms per card to draw, on one core (satori + resvg); the build draws them on every core. "cold" draws every card; "cold, cards cached" is the same cold build with only the card cache kept (the baseline has no cards, so its two cold rows measure the same thing). Warm builds draw none.`,
);
const table = lines.join('\n');
console.log(`\n${table}\n`);
writeFileSync(path.join(WORK, 'results.json'), JSON.stringify({ date: new Date().toISOString(), cardMsCold: cardMs, results }, null, 2));
writeFileSync(path.join(WORK, 'results.md'), `${table}\n`);
console.log(`Wrote ${path.relative(REPO, path.join(WORK, 'results.json'))} and results.md`);
