/**
 * Lighthouse's performance figures for the five page types readers land on
 * most, mobile and desktop, on a built site served from localhost. Timings:
 * the bench's to record, never a test's to assert (see README, Performance).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface PageAudit {
  page: string;
  formFactor: 'mobile' | 'desktop';
  /** 0–100. */
  performance: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  speedIndexMs: number;
}

/** Debian's Chromium, headless, for Lighthouse to drive (the browser tests use the same). */
export function launchChromium(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
}

/** Lighthouse's report on one page, with its mobile defaults or its desktop configuration. */
export async function lighthouseReport(url: string, chrome: chromeLauncher.LaunchedChrome, formFactor: 'mobile' | 'desktop', categories: string[]): Promise<Result> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, formFactor === 'desktop' ? desktopConfig : undefined);
  return result!.lhr;
}

export async function auditPages(dist: string, pages: Record<string, string>): Promise<PageAudit[]> {
  const server = createServer(sirv(dist, { dev: false, extensions: ['html'] }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await launchChromium();
  const audits: PageAudit[] = [];
  try {
    for (const [page, pagePath] of Object.entries(pages)) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const { categories, audits: found } = await lighthouseReport(`${origin}${pagePath}`, chrome, formFactor, ['performance']);
        const value = (id: string) => found[id]?.numericValue ?? NaN;
        audits.push({
          page,
          formFactor,
          performance: Math.round((categories.performance?.score ?? NaN) * 100),
          firstContentfulPaintMs: value('first-contentful-paint'),
          largestContentfulPaintMs: value('largest-contentful-paint'),
          totalBlockingTimeMs: value('total-blocking-time'),
          cumulativeLayoutShift: value('cumulative-layout-shift'),
          speedIndexMs: value('speed-index'),
        });
      }
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return audits;
}
