import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDist } from './serve.ts';

/**
 * A reader's session: Chromium against dist/ on localhost, recording every
 * console error, CSP violation and request that leaves the site.
 */
export interface Reader {
  url: string;
  browser: Browser;
  open(path: string, options?: { width?: number; scheme?: 'light' | 'dark'; javaScript?: boolean; context?: BrowserContext }): Promise<Page>;
  /** Console errors, page errors and requests to other origins seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** `dist` defaults to the repository's own build; fixture tests pass theirs. */
export async function startReader(dist?: string): Promise<Reader> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    problems,
    async open(path, options = {}) {
      const context =
        options.context ??
        (await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.scheme ?? 'light', javaScriptEnabled: options.javaScript ?? true }));
      if (!options.context) contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${path}: console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
      page.on('request', (request) => {
        if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) problems.push(`${path}: request to ${request.url()}`);
      });
      const response = await page.goto(server.url + path);
      if (!response || response.status() >= 400) problems.push(`${path}: HTTP ${response?.status()}`);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.close();
    },
  };
}
