const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Offsets already computed, by zone and instant. Articles share instants (a
 * date-only `publishedAt` is midnight in the zone) and every index asks for the
 * same ones again; Intl's formatter is the cost of a build's date arithmetic.
 */
const known = new Map<string, Map<number, number>>();

/** Minutes that `timeZone` is ahead of UTC at `instant` (negative west of Greenwich). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  let inZone = known.get(timeZone);
  if (!inZone) known.set(timeZone, (inZone = new Map()));
  const time = instant.getTime();
  let offset = inZone.get(time);
  if (offset === undefined) {
    offset = computeOffset(instant, timeZone);
    if (inZone.size >= 100_000) inZone.clear();
    inZone.set(time, offset);
  }
  return offset;
}

function computeOffset(instant: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}
