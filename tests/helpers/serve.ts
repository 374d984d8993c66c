import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { DIST } from './dist.ts';

/** Serves a built site on a free localhost port, as a static host would (404.html for misses). */
export async function serveDist(dist = DIST, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const files = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
  const notFound = sirv(dist, { dev: false });
  const server: Server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      request.url = '/404.html';
      notFound(request, response);
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
