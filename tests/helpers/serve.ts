import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { DIST } from './dist.ts';

/** Serves a built site on localhost as a static host would: 404.html, with status 404, for misses. */
export async function serveDist(dist = DIST, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const files = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
  const notFound = readFileSync(path.join(dist, '404.html'));
  const server: Server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
