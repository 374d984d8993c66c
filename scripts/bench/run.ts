/**
 * `npm run bench`: builds a synthetic newsroom of 1,000 and 10,000 articles
 * with Backstory and with a bare Astro blog (the baseline), cold, warm, after
 * editing one article and after adding one, and prints both side by side,
 * with where each build spent its time and memory (phases, from the build's
 * log; see phases.ts), runs Lighthouse on Backstory's site (lighthouse.ts) and then times Backstory's editor preview (`astro dev`)
 * at the same size. Results go to .bench/results.json and .bench/results.md,
 * each build's time-stamped log to .bench/<articles>/logs/. Never part of `npm test`.
 *
 *   npm run bench                 # 1,000 and 10,000 articles
 *   npm run bench -- 1000         # just 1,000
 *   npm run bench -- 30000        # the archive size (about three hours on two cores)
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { breakdown, type Breakdown } from './breakdown.ts';
import { generateCorpus, publishedDay, slugOf, syntheticArticle } from './generate.ts';
import { measure, type Run } from './measure.ts';
import { PHASE_ORDER } from './phases.ts';
import { auditPages, type PageAudit } from './lighthouse.ts';
import { measurePreview, type PreviewFigures } from './preview.ts';
import { renderCard } from '../../src/lib/cards/render-card.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(REPO, '.bench');
const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
/**
 * "edit one" is a one-line correction to the body of one article, the change the issue's goal names. "retitle
 * one" gives another article a new headline, summary and kind as well as a new line: what "edit one" measured
 * until November 2026 (the same file, the same text), so its figures continue that column. It runs first, so
 * that it starts from the state that edit started from.
 */
const SCENARIOS = ['cold', 'cold, cards cached', 'warm', 'retitle one', 'edit one', 'add one'] as const;
/** What "cold, cards cached" keeps: the social cards and the processed pictures, both made once and keyed by a digest of what they show. */
const KEPT_WITH_CARDS = ['social-cards', 'pictures'];
type Scenario = (typeof SCENARIOS)[number];
/** How scenarios are printed; results.json keeps the short keys. */
const LABELS: Record<Scenario, string> = {
  cold: 'cold, no cache',
  'cold, cards cached': 'cold, cards cached',
  warm: 'warm',
  'retitle one': 'retitle one',
  'edit one': 'edit one',
  'add one': 'add one',
};

interface Figures {
  seconds: number;
  /** Peak resident memory of the build and every process it starts (sampled tree sum). */
  peakMiB: number;
  /** Peak resident memory of the largest single process (its VmHWM): what /usr/bin/time -v reports. */
  largestProcessMiB: number;
  pages: number;
  pagesPerSecond: number;
  distMiB: number;
  bytesPerArticlePage: number;
  /** Backstory only: social cards drawn in this build (0 when every card came from the cache). */
  cardsDrawn?: number;
  /** Routes Astro rendered and restored from its incremental cache, from its per-page log lines. */
  pagesRendered: number;
  pagesRestored: number;
  /** High-water mark per program in the build's process tree, MiB. */
  processes: Record<string, number>;
  breakdown: Breakdown;
  /** Set when the build failed: the end of its output. The other figures are then NaN. */
  failed?: string;
  /**
   * The machine's state during the build, from the kernel's pressure stall figures: the share of
   * the wall time in which every task waited on I/O (io "full") and in which some task waited for
   * a processor (cpu "some": the build's own threads outnumbering the cores count, and so does
   * any other load on the machine). A noisy run shows here.
   */
  ioStallPercent?: number;
  cpuWaitPercent?: number;
}

/** Microseconds of stall since boot, from /proc/pressure/<resource>; undefined where the kernel has none. */
function stallMicros(resource: 'io' | 'cpu', kind: 'some' | 'full'): number | undefined {
  try {
    const line = readFileSync(`/proc/pressure/${resource}`, 'utf8')
      .split('\n')
      .find((text) => text.startsWith(kind));
    const total = /total=(\d+)/.exec(line ?? '')?.[1];
    return total === undefined ? undefined : Number(total);
  } catch {
    return undefined;
  }
}

/** Runs a build and adds the machine's stall shares over its wall time. */
async function withPressure(build: () => Promise<Figures>): Promise<Figures> {
  const before = { io: stallMicros('io', 'full'), cpu: stallMicros('cpu', 'some') };
  const figures = await build();
  const share = (start: number | undefined, end: number | undefined) => (start === undefined || end === undefined ? undefined : (end - start) / 1e4 / figures.seconds);
  return { ...figures, ioStallPercent: share(before.io, stallMicros('io', 'full')), cpuWaitPercent: share(before.cpu, stallMicros('cpu', 'some')) };
}

function walk(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function figures(run: Run, dist: string, articlePages: (file: string) => boolean, cardsDrawn?: number): Figures {
  const phases = breakdown(run.records, run.samples, run.seconds * 1000);
  const measured = {
    seconds: run.seconds,
    peakMiB: run.peakMiB,
    largestProcessMiB: run.largestProcessMiB,
    pagesRendered: phases.pages.rendered,
    pagesRestored: phases.pages.restored + phases.pages.cached,
    processes: run.processes,
    breakdown: phases,
    ...(cardsDrawn === undefined ? {} : { cardsDrawn }),
  };
  if (run.code !== 0) {
    // A failed build (at 30,000 articles: running out of heap, say) is a result, not the end of the run.
    const failed = `exit ${run.code ?? run.signal}: ${run.output.slice(-3000)}`;
    console.error(`build failed:\n${failed}`);
    return { ...measured, pages: NaN, pagesPerSecond: NaN, distMiB: NaN, bytesPerArticlePage: NaN, failed };
  }
  const files = walk(dist);
  const pages = files.filter((file) => file.endsWith('.html')).length;
  const articles = files.filter(articlePages);
  const size = (list: string[]) => list.reduce((total, file) => total + statSync(file).size, 0);
  return {
    ...measured,
    pages,
    pagesPerSecond: pages / run.seconds,
    distMiB: size(files) / 2 ** 20,
    bytesPerArticlePage: Math.round(size(articles) / Math.max(1, articles.length)),
  };
}

/** The build clock: 1 January 2026, or later when the corpus runs past it (30,000 articles reach 2035), so every article is published. */
function buildNow(count: number): string {
  return new Date(Math.max(Date.parse('2026-01-01T00:00:00Z'), Date.parse(publishedDay(count)) + 86_400_000)).toISOString();
}

function backstoryEnv(root: string, count: number): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BACKSTORY_CONTENT_DIR: path.join(root, 'content'), BACKSTORY_CACHE_DIR: path.join(root, 'cache-backstory'), BACKSTORY_NOW: buildNow(count) };
}

/** Keeps each build's log, every record stamped with its arrival, for checking the phases. */
function saveLog(root: string, system: string, scenario: Scenario, run: Run): void {
  const folder = path.join(root, 'logs');
  mkdirSync(folder, { recursive: true });
  const text = run.records.map((record) => `+${(record.at / 1000).toFixed(3)}s ${record.text}`).join('\n');
  writeFileSync(path.join(folder, `${system.toLowerCase()}-${scenario.replaceAll(/\W+/g, '-')}.log`), `${text}\n`);
}

interface System {
  name: string;
  build(root: string, count: number, scenario: Scenario): Promise<Figures>;
}

const backstory: System = {
  name: 'Backstory',
  async build(root, count, scenario) {
    const dist = path.join(root, 'dist-backstory');
    const run = await measure(process.execPath, [ASTRO, 'build', '--outDir', dist], { cwd: REPO, env: backstoryEnv(root, count) });
    saveLog(root, this.name, scenario, run);
    // src/integrations/social-cards.ts: "<n> social cards: <drawn> drawn, …".
    const drawn = run.records.map((record) => /\d+ social cards: (\d+) drawn/.exec(record.text)?.[1]).find(Boolean);
    return figures(run, dist, (file) => /articles[/\\][^/\\]+[/\\]index\.html$/.test(file), drawn === undefined ? NaN : Number(drawn));
  },
};

const baseline: System = {
  name: 'Baseline',
  async build(root, _count, scenario) {
    const dist = path.join(root, 'dist-baseline');
    const run = await measure(process.execPath, [ASTRO, 'build', '--root', path.join(REPO, 'scripts/bench/baseline'), '--outDir', dist], {
      cwd: REPO,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASELINE_CONTENT_DIR: path.join(root, 'content', 'articles') },
    });
    saveLog(root, this.name, scenario, run);
    return figures(run, dist, (file) => /synthetic-story-\d+[/\\]index\.html$/.test(file));
  },
};

/** Puts the corpus in the state a scenario starts from, and cleans caches for a cold build. */
function prepare(root: string, count: number, scenario: Scenario): void {
  const articles = path.join(root, 'content', 'articles');
  if (scenario.startsWith('cold')) {
    for (const name of ['dist-backstory', 'dist-baseline']) rmSync(path.join(root, name), { recursive: true, force: true });
    // "cold, cards cached" keeps only the social cards and the processed pictures: the issue's target
    // for pages, indexes, feeds and search excludes drawing cards and encoding pictures, which "cold" measures.
    const cache = path.join(root, 'cache-backstory');
    if (existsSync(cache)) for (const name of readdirSync(cache)) if (scenario === 'cold' || !KEPT_WITH_CARDS.includes(name)) rmSync(path.join(cache, name), { recursive: true, force: true });
    // The baseline keeps Astro's cache in its own node_modules/.astro and .astro.
    rmSync(path.join(REPO, 'scripts/bench/baseline/node_modules'), { recursive: true, force: true });
    rmSync(path.join(REPO, 'scripts/bench/baseline/.astro'), { recursive: true, force: true });
  }
  if (scenario === 'retitle one') writeFileSync(path.join(articles, `${slugOf(retitled(count))}.md`), syntheticArticle(retitled(count), 1, 'rewrite'));
  if (scenario === 'edit one') writeFileSync(path.join(articles, `${slugOf(corrected(count))}.md`), syntheticArticle(corrected(count), 1, 'correction'));
  if (scenario === 'add one') writeFileSync(path.join(articles, `${slugOf(count)}.md`), syntheticArticle(count));
}

/** The articles that "retitle one" and "edit one" change: mid-archive, on no listing's first page. */
const retitled = (count: number) => Math.floor(count / 2);
const corrected = (count: number) => Math.floor(count / 2) + 1;

/** Undoes "retitle one", "edit one" and "add one": the corpus is back to its `count` generated articles. */
function restoreCorpus(root: string, count: number): void {
  const articles = path.join(root, 'content', 'articles');
  for (const index of [retitled(count), corrected(count)]) writeFileSync(path.join(articles, `${slugOf(index)}.md`), syntheticArticle(index));
  rmSync(path.join(articles, `${slugOf(count)}.md`), { force: true });
}

async function cardCost(): Promise<number> {
  const content = { kicker: 'Analysis', title: 'A headline long enough to wrap onto a second line of the card', byline: 'Foreign Desk', date: '1 January 2026', publication: 'Backstory' };
  await renderCard(content);
  const started = performance.now();
  for (let index = 0; index < 20; index++) await renderCard({ ...content, title: `${content.title} ${index}` });
  return (performance.now() - started) / 20;
}

const heapLimitMiB = getHeapStatistics().heap_size_limit / 2 ** 20;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, V8 heap limit ${heapLimitMiB.toFixed(0)} MiB`;
const started = new Date().toISOString();
const results: Record<string, Record<string, Partial<Record<Scenario, Figures>>>> = {};
const previews: Record<string, PreviewFigures> = {};
const pageAudits: Record<string, PageAudit[]> = {};
let cardMs: number | undefined;
const saveJson = () =>
  writeFileSync(path.join(WORK, 'results.json'), JSON.stringify({ date: started, machine, heapLimitMiB, cardMsCold: cardMs, results, preview: previews, lighthouse: pageAudits }, (key, value) => (key === 'samples' || key === 'records' ? undefined : value), 2));

for (const count of SIZES.length ? SIZES : [1000, 10000]) {
  const root = path.join(WORK, String(count));
  mkdirSync(root, { recursive: true });
  results[count] = {};
  for (const system of [backstory, baseline]) {
    await generateCorpus(path.join(root, 'content'), count, path.join(REPO, 'content'));
    const bySystem: Partial<Record<Scenario, Figures>> = {};
    results[count][system.name] = bySystem;
    for (const scenario of SCENARIOS) {
      prepare(root, count, scenario);
      const f = await withPressure(() => system.build(root, count, scenario));
      bySystem[scenario] = f;
      saveJson();
      const status = f.failed ? 'FAILED' : `${f.pages} pages (${f.pagesRendered} rendered, ${f.pagesRestored} restored)`;
      console.log(`${count} articles, ${system.name}, ${LABELS[scenario]}: ${f.seconds.toFixed(1)} s, ${f.peakMiB.toFixed(0)} MiB peak (largest process ${f.largestProcessMiB.toFixed(0)}), ${status}`);
    }
    // Lighthouse on Backstory's site as the last build left it, before the baseline's cold build clears it.
    if (system === backstory) {
      pageAudits[count] = await auditPages(path.join(root, 'dist-backstory'), {
        home: '/',
        article: `/articles/${slugOf(count - 1)}/`,
        topic: '/tags/diplomacy/',
        timeline: '/timeline/',
        search: '/search/?q=summit',
      });
      saveJson();
      console.log(`${count} articles, Backstory, Lighthouse performance: ${pageAudits[count].map((audit) => `${audit.page} ${audit.formFactor} ${audit.performance}`).join(', ')}`);
    }
  }
  // Editor preview, Backstory only, on the corpus as generated (count articles), after the builds.
  restoreCorpus(root, count);
  const slug = slugOf(count - 1);
  console.log(`${count} articles, Backstory, editor preview (astro dev): /articles/${slug}/ …`);
  previews[count] = await measurePreview({
    repo: REPO,
    env: backstoryEnv(root, count),
    slug,
    markdownFile: path.join(root, 'content', 'articles', `${slug}.md`),
    firstPageTimeoutMs: Math.max(180_000, count * 30),
    editTimeoutMs: 60_000,
    scratch: root,
  });
  saveJson();
  const p = previews[count];
  const seconds = (value: number | null, limit: number) => (value === null ? `timed out (> ${limit} s)` : `${value.toFixed(1)} s`);
  console.log(
    `${count} articles, Backstory, editor preview: first article page ${seconds(p.firstPageSeconds, p.limits.firstPageSeconds)} (first start, empty dev store: ${seconds(p.firstPageColdStoreSeconds, p.limits.firstPageSeconds)}), edit visible ${seconds(p.editVisibleSeconds, p.limits.editSeconds)}${p.notes.length ? `; ${p.notes.join('; ')}` : ''}`,
  );
}

cardMs = await cardCost();
saveJson();

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const ratio = (ours: number, theirs: number) => (Number.isFinite(ours) && Number.isFinite(theirs) && theirs !== 0 ? (ours / theirs).toFixed(2) : '–');
const format = (value: number | undefined, digits: number) => (value === undefined ? '–' : Number.isNaN(value) ? 'failed' : value.toFixed(digits));

const lines = [
  `Machine: ${machine}`,
  '',
  row(['articles', 'scenario', 'figure', 'Backstory', 'Baseline', 'Backstory ÷ Baseline']),
  row(['---', '---', '---', '---:', '---:', '---:']),
];
const shown: [keyof Figures, string, number][] = [
  ['seconds', 'wall time (s)', 1],
  ['peakMiB', 'peak memory, build and every process it starts (MiB)', 0],
  ['largestProcessMiB', 'peak RSS, largest process (MiB)', 0],
  ['pagesPerSecond', 'pages per second', 0],
  ['pages', 'pages', 0],
  ['pagesRendered', 'pages rendered', 0],
  ['pagesRestored', 'pages restored (incremental build)', 0],
  ['distMiB', 'dist/ size (MiB)', 1],
  ['bytesPerArticlePage', 'bytes per article page', 0],
  ['ioStallPercent', 'machine: % of the time every task waited on I/O', 1],
  ['cpuWaitPercent', 'machine: % of the time a task waited for a processor', 1],
];
for (const [count, systems] of Object.entries(results)) {
  for (const scenario of SCENARIOS) {
    const ours = systems.Backstory?.[scenario];
    const theirs = systems.Baseline?.[scenario];
    for (const [key, label, digits] of shown) {
      const a = ours?.[key] as number | undefined;
      const b = theirs?.[key] as number | undefined;
      const comparable = !String(key).endsWith('Percent');
      lines.push(row([count, LABELS[scenario], label, format(a, digits), format(b, digits), comparable ? ratio(a ?? NaN, b ?? NaN) : '–']));
    }
    lines.push(row([count, LABELS[scenario], 'social cards drawn', format(ours?.cardsDrawn, 0), '–', '–']));
  }
  const preview = previews[count];
  if (preview) {
    const cell = (value: number | null, limit: number) => (value === null ? `timed out (> ${limit})` : value.toFixed(1));
    const scenario = 'editor preview (astro dev)';
    lines.push(row([count, scenario, 'preview: first article page (s)', cell(preview.firstPageSeconds, preview.limits.firstPageSeconds), '–', '–']));
    lines.push(row([count, scenario, 'preview: first article page, first start with an empty dev store (s)', cell(preview.firstPageColdStoreSeconds, preview.limits.firstPageSeconds), '–', '–']));
    lines.push(row([count, scenario, 'preview: edit visible (s)', cell(preview.editVisibleSeconds, preview.limits.editSeconds), '–', '–']));
  }
}
lines.push(
  '',
  `Social cards: ${cardMs.toFixed(1)} ms per card to draw, on one core (satori + resvg); the build draws them on every core. "cold, no cache" draws every card; "cold, cards cached" is the same cold build with only the card cache kept (the baseline has no cards, so its two cold rows measure the same thing). Warm builds draw none.`,
  '',
  'Memory: "peak memory, build and every process it starts" is the peak of resident memory summed over the build\'s process tree (node running astro, esbuild, Pagefind), sampled every 100 ms and never below the largest process\'s own high-water mark; worker threads are inside the node process. "peak RSS, largest process" is the kernel\'s high-water mark of the biggest single process, the figure `/usr/bin/time -v` prints. A V8 peak grows with the heap limit, which follows the machine\'s RAM (above), so compare within a run. See the comment at the top of scripts/bench/measure.ts.',
  '',
  'The two "machine" rows are the kernel\'s pressure stall figures over each build (/proc/pressure/io "full" and /proc/pressure/cpu "some"): on a shared machine they tell a run slowed by its neighbours (disk stalls, processors taken) from one slowed by the code, though a build whose own threads outnumber the cores raises the processor figure too. Compare a scenario\'s times only between runs whose machine rows are alike.',
  '',
  '"pages rendered" and "pages restored" count Astro\'s per-route log lines, endpoints included (feeds, JSON; social cards are written outside Astro\'s page generation); "pages" counts the HTML files in dist/.',
);
for (const [count, preview] of Object.entries(previews)) {
  if (preview.notes.length) lines.push('', `Editor preview at ${count} articles: ${preview.notes.join('; ')}.`);
}
for (const [count, audits] of Object.entries(pageAudits)) {
  lines.push(
    '',
    `Lighthouse at ${count} articles (performance only: accessibility, best practices and SEO are asserted at 100 by the browser tests), Backstory's site as its last build left it, served from localhost, Lighthouse's simulated throttling:`,
    '',
    row(['page', 'form factor', 'performance', 'first contentful paint (ms)', 'largest contentful paint (ms)', 'total blocking time (ms)', 'layout shift', 'speed index (ms)']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...audits.map((audit) =>
      row([audit.page, audit.formFactor, String(audit.performance), ...[audit.firstContentfulPaintMs, audit.largestContentfulPaintMs, audit.totalBlockingTimeMs].map((ms) => ms.toFixed(0)), audit.cumulativeLayoutShift.toFixed(3), audit.speedIndexMs.toFixed(0)]),
    ),
  );
}
lines.push(
  '',
  'Editor preview: `astro dev` with the bench\'s content and cache after the builds; seconds from starting it until /articles/<newest>/ answers 200, then, with that page open in Chromium, from saving a sentence added to the article\'s first paragraph until the sentence shows in the page without a manual reload. `astro dev` keeps its content store in .astro/, apart from the build\'s cache, so the everyday figure is a second start after a first one filled that store; the first start is shown too.',
);

// The phase breakdown: where each build's wall time and memory went.
const phaseLines = [
  '',
  '### Phase breakdown',
  '',
  row(['articles', 'scenario', 'phase', 'Backstory (s)', 'Baseline (s)', 'Backstory ÷ Baseline', 'Backstory peak (MiB)', 'Baseline peak (MiB)', 'Backstory ÷ Baseline']),
  row(['---', '---', '---', '---:', '---:', '---:', '---:', '---:', '---:']),
];
const carvedAnywhere = new Set<string>();
for (const [count, systems] of Object.entries(results)) {
  for (const scenario of SCENARIOS) {
    const ours = systems.Backstory?.[scenario]?.breakdown;
    const theirs = systems.Baseline?.[scenario]?.breakdown;
    const names = [...new Set([...(ours?.phases ?? []), ...(theirs?.phases ?? [])].map((phase) => phase.phase))];
    names.sort((a, b) => (PHASE_ORDER.indexOf(a) + 1 || 99) - (PHASE_ORDER.indexOf(b) + 1 || 99));
    for (const name of names) {
      const a = ours?.phases.find((phase) => phase.phase === name);
      const b = theirs?.phases.find((phase) => phase.phase === name);
      const mib = (phase: typeof a) => (phase ? `${phase.approximate ? '~' : ''}${phase.peakMiB.toFixed(0)}` : '–');
      const s = (phase: typeof a) => (phase ? phase.seconds.toFixed(1) : '0.0');
      // A ratio to a span under a twentieth of a second is noise.
      const secondsRatio = (b?.seconds ?? 0) < 0.05 ? '–' : ratio(a?.seconds ?? 0, b?.seconds ?? 0);
      phaseLines.push(row([count, LABELS[scenario], name, s(a), s(b), secondsRatio, mib(a), mib(b), ratio(a?.peakMiB ?? NaN, b?.peakMiB ?? NaN)]));
    }
    const total = (list?: Breakdown) => list?.phases.reduce((sum, phase) => sum + phase.seconds, 0);
    phaseLines.push(row([count, LABELS[scenario], '**wall time (sum of the phases)**', format(total(ours), 1), format(total(theirs), 1), ratio(total(ours) ?? NaN, total(theirs) ?? NaN), '', '', '']));
    for (const [system, list] of [['Backstory', ours], ['Baseline', theirs]] as const) {
      for (const timing of list?.reported ?? []) {
        if (timing.carvedFrom) carvedAnywhere.add(timing.name);
        const label = `reported by the build: ${timing.name}${timing.detail ? ` ${timing.detail}` : ''}${timing.carvedFrom ? '' : ' (overlaps the phases)'}`;
        const cells = [timing.seconds.toFixed(1), `${timing.approximate ? '~' : ''}${timing.peakMiB.toFixed(0)}`];
        phaseLines.push(row([count, LABELS[scenario], label, system === 'Backstory' ? cells[0]! : '–', system === 'Baseline' ? cells[0]! : '–', '–', system === 'Backstory' ? cells[1]! : '–', system === 'Baseline' ? cells[1]! : '–', '–']));
      }
    }
  }
}
phaseLines.push(
  '',
  'Phases come from the times at which the build\'s log lines arrive (stamped on arrival, relative to spawn); the table of which line starts or ends which phase is scripts/bench/phases.ts, and each build\'s stamped log is in .bench/<articles>/logs/. The phases of a build add up to its wall time; time no line accounts for is "other". Peak is the highest 100 ms sample of the process tree\'s resident memory within the phase; "~" marks a phase shorter than the sampling interval, shown with the nearest sample.',
  '',
  `"start-up and config" runs until Astro's content sync begins. "content read and validation" is Astro's content sync, from "Syncing content" to "Synced content": the loaders and the content-store write.${carvedAnywhere.size ? ` Markdown render and the content-store write are cut out of it where the build reported them (${[...carvedAnywhere].join(', ')}).` : ' It includes Markdown rendering and the content-store write: neither build printed a `timing:` line for them, and Astro logs no line between them.'} "static paths" is every route's getStaticPaths() and the incremental-build cache load; "sitemap" runs in astro:build:done; "social cards", "pictures" and "Pagefind" are the times the build then still waits for the cards, the picture files and search indexing, which all start with the build, off Astro's thread (cards and search on worker threads, pictures on libvips' threads; their whole durations are the "reported by the build: social-cards", "pictures" and "pagefind" rows); "shutdown" is from "Complete!" to the process's exit.`,
  '',
  'Rows "reported by the build" are `timing: <phase> <ms> ms` lines printed by Backstory\'s code (CPU-phase durations, possibly overlapping the wall-time phases, e.g. cards drawn on worker threads while pages render); their peak is over the reported span. They are not part of the sum.',
);

const table = [...lines, ...phaseLines].join('\n');
console.log(`\n${table}\n`);
writeFileSync(path.join(WORK, 'results.md'), `${table}\n`);
console.log(`Wrote ${path.relative(REPO, path.join(WORK, 'results.json'))} and results.md`);
