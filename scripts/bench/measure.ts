import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Run {
  seconds: number;
  /** Peak resident memory of the build and every process it started, in MiB. */
  peakMiB: number;
  code: number | null;
  output: string;
}

/** Resident memory of `pid` and all its descendants, in KiB, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const [id, parent, kib] of listProcesses()) {
    rss.set(id, kib);
    children.set(parent, [...(children.get(parent) ?? []), id]);
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const id = stack.pop()!;
    total += rss.get(id) ?? 0;
    stack.push(...(children.get(id) ?? []));
  }
  return total;
}

function listProcesses(): [number, number, number][] {
  const rows: [number, number, number][] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const kib = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rows.push([Number(name), parent, kib]);
    } catch {
      // The process ended while we looked.
    }
  }
  return rows;
}

/** Runs a command, sampling the memory of its whole process tree every 100 ms. */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024, code, output });
    });
  });
}
