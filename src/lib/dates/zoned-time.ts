import { zoneOffsetMinutes } from './zone-offset.ts';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** The instant at which the clocks in `timeZone` show `wall`. */
export function zonedTimeToInstant(wall: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0);
  // Two passes settle the offset on either side of a daylight-saving change.
  let instant = asUtc - zoneOffsetMinutes(new Date(asUtc), timeZone) * 60_000;
  instant = asUtc - zoneOffsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}
