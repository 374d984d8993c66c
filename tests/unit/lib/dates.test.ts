import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/lib/dates/format-date.ts';
import { isoInZone } from '../../../src/lib/dates/iso-in-zone.ts';
import { parseEditorialDate } from '../../../src/lib/dates/parse-editorial-date.ts';
import { parsePartialDate } from '../../../src/lib/dates/partial-date.ts';
import { zonedTimeToInstant } from '../../../src/lib/dates/zoned-time.ts';

const ok = (text: string, zone = 'Europe/London') => {
  const result = parseEditorialDate(text, zone);
  if (!result.ok) throw new Error(result.problem);
  return result.date;
};

describe('parseEditorialDate', () => {
  it('reads a date-only value as midnight in the newsroom zone', () => {
    expect(ok('2025-08-15').toISOString()).toBe('2025-08-14T23:00:00.000Z');
    expect(ok('2025-01-15').toISOString()).toBe('2025-01-15T00:00:00.000Z');
    expect(ok('2025-08-15', 'Pacific/Kiritimati').toISOString()).toBe('2025-08-14T10:00:00.000Z');
  });

  it('honours an explicit offset and reads a bare time in the newsroom zone', () => {
    expect(ok('2025-08-15T09:30:00+03:00').toISOString()).toBe('2025-08-15T06:30:00.000Z');
    expect(ok('2025-08-15T09:30Z').toISOString()).toBe('2025-08-15T09:30:00.000Z');
    expect(ok('2025-08-15 09:30').toISOString()).toBe('2025-08-15T08:30:00.000Z');
  });

  it('refuses dates that YAML libraries would silently roll over', () => {
    expect(parseEditorialDate('2025-02-29', 'UTC')).toEqual({ ok: false, problem: '"2025-02-29" is not a real calendar date (February 2025 has 28 days)' });
    expect(parseEditorialDate('2024-02-29', 'UTC').ok).toBe(true);
    expect(parseEditorialDate('2025-13-01', 'UTC')).toEqual({ ok: false, problem: '"2025-13-01" has no month 13' });
    expect(parseEditorialDate('2025-08-15T24:00', 'UTC')).toEqual({ ok: false, problem: '"2025-08-15T24:00" is not a real time of day' });
    expect(parseEditorialDate('15/08/2025', 'UTC')).toEqual({ ok: false, problem: '"15/08/2025" is not a date' });
  });

  it('keeps the calendar day for every valid date, in any zone (property)', () => {
    const zones = fc.constantFrom('Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'UTC');
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    fc.assert(fc.property(day, zones, (text, zone) => isoInZone(ok(text, zone), zone).startsWith(`${text}T00:00:00`)));
  });
});

describe('zonedTimeToInstant', () => {
  it('settles on the right offset on both sides of a daylight-saving change', () => {
    expect(zonedTimeToInstant({ year: 2025, month: 3, day: 30, hour: 0 }, 'Europe/London').toISOString()).toBe('2025-03-30T00:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2025, month: 3, day: 30, hour: 3 }, 'Europe/London').toISOString()).toBe('2025-03-30T02:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2025, month: 11, day: 2, hour: 12 }, 'America/Los_Angeles').toISOString()).toBe('2025-11-02T20:00:00.000Z');
  });
});

describe('formatting', () => {
  it('spells the newsroom day whatever the instant', () => {
    const lateEvening = new Date('2025-08-15T22:30:00Z');
    expect(formatDay(lateEvening, 'Europe/London', 'en-GB')).toBe('15 August 2025');
    expect(formatDay(lateEvening, 'Asia/Tokyo', 'en-GB')).toBe('16 August 2025');
    expect(isoInZone(lateEvening, 'Europe/London')).toBe('2025-08-15T23:30:00+01:00');
    expect(isoInZone(lateEvening, 'America/St_Johns')).toBe('2025-08-15T20:00:00-02:30');
  });
});

describe('parsePartialDate', () => {
  it('reads years, months and days at their own precision', () => {
    expect(parsePartialDate(2016)).toEqual({ ok: true, date: { year: 2016 } });
    expect(parsePartialDate('2014-03')).toEqual({ ok: true, date: { year: 2014, month: 3 } });
    expect(parsePartialDate('2018-07-16')).toEqual({ ok: true, date: { year: 2018, month: 7, day: 16 } });
  });

  it('refuses impossible dates', () => {
    expect(parsePartialDate('2014-00')).toEqual({ ok: false, problem: '"2014-00" has no month 0' });
    expect(parsePartialDate('2018-06-31')).toEqual({ ok: false, problem: '"2018-06-31" is not a real calendar date (June 2018 has 30 days)' });
    expect(parsePartialDate('March 2014')).toEqual({ ok: false, problem: '"March 2014" is not a date' });
  });
});
