/**
 * Turns a build's time-stamped log records and memory samples into a phase breakdown:
 * wall time and peak memory per phase (summing to the build's wall time), the `timing:` lines
 * the build reported itself, and how many pages Astro rendered or restored.
 */
import { CARVE, FIRST_PHASE, PHASE_ORDER, PHASE_RULES, TIMING_LINE } from './phases.ts';

export interface LogRecord {
  /** Milliseconds after spawn at which the record arrived. */
  at: number;
  text: string;
}

export interface MemorySample {
  at: number;
  /** Resident memory summed over the build's process tree, KiB. */
  kib: number;
}

export interface PhaseFigure {
  phase: string;
  seconds: number;
  /** Peak of the tree-memory samples taken during the phase, MiB. */
  peakMiB: number;
  /** True when no sample fell inside the phase (shorter than the sampling interval): peakMiB is the nearest sample. */
  approximate: boolean;
}

export interface ReportedTiming {
  name: string;
  seconds: number;
  /** The rest of the line, e.g. "(10000 articles, 2 workers)". */
  detail: string;
  /** Seconds after spawn at which the line arrived. */
  at: number;
  peakMiB: number;
  approximate: boolean;
  /** The wall-time phase it was cut out of, when it was (see CARVE in phases.ts). */
  carvedFrom?: string;
}

export interface PageCounts {
  /** Astro's "├─ /path" entries: every route it wrote, pages and endpoints (feeds, cards, JSON). */
  listed: number;
  rendered: number;
  /** "(restored)": copied from the incremental-build cache. "(cached)": already in dist/, left alone. */
  restored: number;
  cached: number;
}

export interface Breakdown {
  phases: PhaseFigure[];
  reported: ReportedTiming[];
  pages: PageCounts;
}

interface Span {
  phase: string;
  from: number;
  to: number;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Peak of the samples in any of the intervals; the nearest sample when none falls inside. */
function peakIn(intervals: { from: number; to: number }[], samples: MemorySample[]): { peakMiB: number; approximate: boolean } {
  let peak = -1;
  for (const sample of samples) if (intervals.some(({ from, to }) => sample.at > from && sample.at <= to)) peak = Math.max(peak, sample.kib);
  if (peak >= 0) return { peakMiB: peak / 1024, approximate: false };
  let nearest: MemorySample | undefined;
  let distance = Infinity;
  for (const { from, to } of intervals) {
    for (const sample of samples) {
      const gap = sample.at < from ? from - sample.at : sample.at > to ? sample.at - to : 0;
      if (gap < distance || (gap === distance && nearest && sample.kib > nearest.kib)) [nearest, distance] = [sample, gap];
    }
  }
  return { peakMiB: (nearest?.kib ?? 0) / 1024, approximate: true };
}

export function breakdown(records: LogRecord[], samples: MemorySample[], wallMs: number): Breakdown {
  const spans: Span[] = [];
  const timings: { name: string; ms: number; detail: string; at: number }[] = [];
  let current = FIRST_PHASE;
  let since = 0;
  const close = (phase: string, at: number) => {
    if (at > since) spans.push({ phase, from: since, to: at });
    since = Math.max(since, at);
  };
  for (const { at, text } of records) {
    const timing = TIMING_LINE.exec(text);
    if (timing) {
      timings.push({ name: timing[1]!, ms: Number(timing[2]), detail: timing[3]!.trim(), at });
      continue;
    }
    const rule = PHASE_RULES.find(({ match }) => match.test(text));
    if (!rule) continue;
    if (rule.marks === 'start') {
      if (rule.phase === current) continue;
      close(current, at);
      current = rule.phase;
    } else {
      close(rule.phase, at);
      current = rule.then ?? current;
    }
  }
  close(current, wallMs);

  // Cut self-reported sequential steps out of the phase they ran in.
  const reported: ReportedTiming[] = [];
  for (const timing of timings) {
    const from = timing.at - timing.ms;
    const carve = CARVE.find(({ name }) => name.test(timing.name));
    let carvedFrom: string | undefined;
    if (carve) {
      const index = spans.findIndex((span) => span.from < timing.at && timing.at <= span.to);
      const span = spans[index];
      if (span && from >= span.from && span.phase !== carve.phase) {
        const pieces = [
          { phase: span.phase, from: span.from, to: from },
          { phase: carve.phase, from, to: timing.at },
          { phase: span.phase, from: timing.at, to: span.to },
        ].filter((piece) => piece.to > piece.from);
        spans.splice(index, 1, ...pieces);
        carvedFrom = span.phase;
      }
    }
    reported.push({ name: timing.name, seconds: timing.ms / 1000, detail: timing.detail, at: timing.at / 1000, ...peakIn([{ from, to: timing.at }], samples), ...(carvedFrom ? { carvedFrom } : {}) });
  }

  const byPhase = new Map<string, Span[]>();
  for (const span of spans) byPhase.set(span.phase, [...(byPhase.get(span.phase) ?? []), span]);
  const order = (phase: string) => (PHASE_ORDER.indexOf(phase) + 1 || PHASE_ORDER.length + 1);
  const phases = [...byPhase]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([phase, list]) => ({ phase, seconds: list.reduce((total, span) => total + span.to - span.from, 0) / 1000, ...peakIn(list, samples) }));

  const all = records.map((record) => record.text).join('\n');
  const listed = count(all, /├─ /g);
  const restored = count(all, /\(restored\)/g);
  const cached = count(all, /\(cached\)/g);
  return { phases, reported, pages: { listed, rendered: listed - restored - cached, restored, cached } };
}
