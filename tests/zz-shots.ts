import { launchBrowser } from './helpers/browser.ts';
import { serveDist } from './helpers/serve.ts';
const server = await serveDist();
const browser = await launchBrowser();
const targets = process.argv.slice(2);
for (const spec of targets) {
  const [name, path, width, scheme] = spec.split(',');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 }, colorScheme: scheme as 'light' | 'dark' });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', name, m.text()); });
  await page.goto(server.url + path);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
  await page.close();
}
await browser.close(); await server.close();
