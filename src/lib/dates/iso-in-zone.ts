import { zoneOffsetMinutes } from './zone-offset.ts';

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/**
 * ISO 8601 with the newsroom's offset, e.g. `2025-08-15T00:00:00+01:00`, for
 * `<time datetime>` and structured data: machine-readable, and the same
 * calendar day a reader is shown.
 */
export function isoInZone(date: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(date, timeZone);
  const wall = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}
