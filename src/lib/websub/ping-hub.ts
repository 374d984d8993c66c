/** Why a hub did not take a ping. */
export type PingFailure =
  /** The hub answered with a status other than 2xx; `said` is the start of its answer, if any. */
  | { kind: 'refused'; status: number; statusText: string; said: string }
  /** No answer: the hub's address does not resolve, refuses connections, or is too slow. */
  | { kind: 'unreachable'; reason: string };

/** Long enough for a busy hub, short enough that a hung one does not hold a deploy. */
const PING_TIMEOUT_MS = 30_000;
/** Enough of a refusal's body to say why, not a whole error page. */
const SAID_LENGTH = 200;

/**
 * Tells a WebSub hub that the feed at `feedUrl` changed (a publish ping:
 * `hub.mode=publish`, `hub.url`, form-encoded), so it fetches the feed and
 * delivers the new items to its subscribers. Undefined when the hub took it.
 */
export async function pingHub(hub: string, feedUrl: string): Promise<PingFailure | undefined> {
  let response: Response;
  try {
    response = await fetch(hub, {
      method: 'POST',
      // URLSearchParams as the body sends application/x-www-form-urlencoded.
      body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feedUrl }),
      signal: AbortSignal.timeout(PING_TIMEOUT_MS),
    });
  } catch (error) {
    // fetch() says only "fetch failed"; the network's own error (ECONNREFUSED, ENOTFOUND, a timeout) is its cause.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    return { kind: 'unreachable', reason: cause instanceof Error ? cause.message : String(cause) };
  }
  const said = (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, SAID_LENGTH);
  return response.ok ? undefined : { kind: 'refused', status: response.status, statusText: response.statusText, said };
}
