import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LogRecord, MemorySample } from './breakdown.ts';

/*
 * What "peak memory" means here, and why it differs from `/usr/bin/time -v`.
 *
 * The headline figure is the peak, over samples every 100 ms, of VmRSS summed over the build's
 * process tree (the node process running astro, and every process it starts: esbuild's service,
 * Pagefind's binary), or the largest process's own high-water mark when the samples missed a
 * higher short peak. Worker threads (Markdown render, social cards, Rolldown) are threads of the
 * node process, not processes, so they are inside its VmRSS once. `/usr/bin/time -v` reports
 * ru_maxrss: the high-water mark of the largest single process, which the kernel tracks exactly.
 * We also report that figure ("largest process"), from VmHWM in /proc/<pid>/status.
 *
 * Checked at 1,000 articles, cold, each build run under `/usr/bin/time -v` inside this measure:
 *   baseline:  /usr/bin/time 1,267,992 kB = 1238 MiB; largest process (VmHWM) 1238 MiB;
 *              tree sum 1255 MiB = node 1238 + esbuild 16 + time 1
 *   baseline, another run sampled every 50 ms with PSS too: /usr/bin/time 1428 MiB; tree sum of
 *              RSS 1433 MiB (node 1416 + esbuild 16); tree sum of PSS (smaps_rollup) 1387 MiB
 *   Backstory: /usr/bin/time 1,859,576 kB = 1816 MiB; largest process 1816 MiB; tree sum 1826 MiB
 *              (Pagefind's binary peaks at 229 MiB, but after node's own peak has passed)
 * Astro starts no node children: the only other processes are esbuild's service and Pagefind.
 * So the tree sum, the sampling and shared pages explain a few per cent, not a factor of three:
 * the processes share almost nothing with each other (different binaries), and the sum is what
 * the build and its helpers really hold. PSS would only make the figure depend on unrelated
 * processes on the machine that map the same libraries (another engineer's node), and reading
 * smaps_rollup of a multi-GB process every 100 ms costs a core's worth of page-table walks, so
 * we stay with RSS.
 *
 * The ~3.9 GB at 10,000 articles against 1.25 GB for "a similar bare Astro site" is a property
 * of the builds, not of the measure: our baseline already peaks at 1.2-1.4 GiB at 1,000 articles
 * (1,000-word articles with footnotes, rendered with unified(), a content store holding every
 * article's HTML, tag pages, RSS and sitemap), and much of a V8 peak is heap the collector has
 * not needed to reclaim yet. V8 sizes the old generation from the machine's RAM: here the heap
 * limit is 4288 MiB (24 GiB machine), and the same 1,000-article baseline build run with
 * NODE_OPTIONS=--max-old-space-size=512 takes as long (21.6 s and 23.5 s in two runs, against
 * 22-23 s) and peaks at 1014 and 991 MiB (ru_maxrss) instead of 1238-1428 MiB. (In that run the
 * 100 ms samples saw 969 MiB: sampling can miss a short peak by a few per cent, which VmHWM does
 * not.) A peak RSS therefore grows with the heap limit, and a figure from
 * another machine, Node version or site is not comparable with ours; compare Backstory and the
 * baseline in the same run (the ratio column), which is what the bench is for. The results
 * record the heap limit with the machine.
 */

export interface Run {
  seconds: number;
  /** Peak of resident memory summed over the build and every process it started, MiB (sampled every 100 ms; at least the largest process's high-water mark). */
  peakMiB: number;
  /** High-water mark (VmHWM) of the largest single process in the tree, MiB: what /usr/bin/time -v reports. */
  largestProcessMiB: number;
  /** High-water mark per program in the tree, MiB, e.g. { "node astro.mjs": 1428, esbuild: 16 }. */
  processes: Record<string, number>;
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** Log records, each stamped with the time after spawn at which it arrived. */
  records: LogRecord[];
  /** Tree-memory samples, stamped the same way. */
  samples: MemorySample[];
}

interface ProcessRow {
  pid: number;
  parent: number;
  rssKiB: number;
  hwmKiB: number;
}

function listProcesses(): ProcessRow[] {
  const rows: ProcessRow[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      rows.push({
        pid: Number(name),
        parent: Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0),
        rssKiB: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0),
        hwmKiB: Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0),
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return rows;
}

/** The build's process tree: `pid` and all its descendants. */
function tree(pid: number): ProcessRow[] {
  const rows = listProcesses();
  const children = new Map<number, ProcessRow[]>();
  for (const row of rows) children.set(row.parent, [...(children.get(row.parent) ?? []), row]);
  const found = rows.filter((row) => row.pid === pid);
  for (let index = 0; index < found.length; index++) found.push(...(children.get(found[index]!.pid) ?? []));
  return found;
}

/** "node astro.mjs", "esbuild", "pagefind_extended": a stable name for a program in the tree. */
function programName(pid: number): string {
  try {
    const [command = '?', script] = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const name = path.basename(command);
    return name === 'node' && script && !script.startsWith('-') ? `node ${path.basename(script)}` : name;
  } catch {
    return '?';
  }
}

/**
 * Splits a stream into log records, stamped on arrival: at each newline, and before each Astro
 * per-page entry ("├─"), since with build.concurrency > 1 several pages begin on one line before
 * the first of them ends.
 */
function recordSplitter(onRecord: (text: string) => void) {
  let pending = '';
  return {
    push(chunk: string) {
      pending += chunk;
      for (;;) {
        const newline = pending.indexOf('\n');
        const first = pending.indexOf('├─');
        const second = first < 0 ? -1 : pending.indexOf('├─', first + 1);
        if (second >= 0 && (newline < 0 || second < newline)) {
          onRecord(pending.slice(0, second));
          pending = pending.slice(second);
        } else if (newline >= 0) {
          onRecord(pending.slice(0, newline));
          pending = pending.slice(newline + 1);
        } else return;
      }
    },
    end() {
      if (pending) onRecord(pending);
      pending = '';
    },
  };
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/**
 * Runs a command, stamping each line of its output with the time it arrived (performance.now()
 * relative to spawn) and sampling the memory of its whole process tree every 100 ms.
 */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const records: LogRecord[] = [];
    const samples: MemorySample[] = [];
    const chunks: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      const splitter = recordSplitter((text) => {
        const clean = text.replace(ANSI, '').replace(/\r/g, '');
        if (clean.trim()) records.push({ at: performance.now() - started, text: clean });
      });
      stream.on('data', (chunk: string) => {
        chunks.push(chunk);
        splitter.push(chunk);
      });
      stream.on('end', () => splitter.end());
    }
    const hwm = new Map<number, { name: string; kib: number }>();
    const sample = () => {
      const at = performance.now() - started;
      const rows = tree(child.pid!);
      // Once the build's node process is exiting (VmRSS gone), the tree is no longer the build.
      if (!rows[0]?.rssKiB) return;
      samples.push({ at, kib: rows.reduce((total, row) => total + row.rssKiB, 0) });
      for (const row of rows) {
        const known = hwm.get(row.pid) ?? { name: programName(row.pid), kib: 0 };
        hwm.set(row.pid, { ...known, kib: Math.max(known.kib, row.hwmKiB) });
      }
    };
    const timer = setInterval(sample, 100);
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const processes: Record<string, number> = {};
      for (const { name, kib } of hwm.values()) processes[name] = Math.max(processes[name] ?? 0, kib / 1024);
      const largestProcessMiB = Math.max(0, ...Object.values(processes));
      resolve({
        seconds,
        // The tree never held less than its largest process did: when the 100 ms samples missed
        // that process's peak, its kernel-kept high-water mark is the better lower bound.
        peakMiB: Math.max(samples.reduce((peak, entry) => Math.max(peak, entry.kib), 0) / 1024, largestProcessMiB),
        largestProcessMiB,
        processes,
        code,
        signal,
        output: chunks.join(''),
        records,
        samples,
      });
    });
  });
}
