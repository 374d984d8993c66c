import { z } from 'astro/zod';
import { parseEditorialDate } from '../lib/dates/parse-editorial-date.ts';
import { parsePartialDate } from '../lib/dates/partial-date.ts';
import { smartPunctuation } from '../lib/smart-punctuation.ts';
import { site } from '../site.config.ts';

/** Hints shared by every date field, so an editor sees the same advice everywhere. */
export const DATE_HINT = 'write YYYY-MM-DD, e.g. 2025-08-15, or a date-time with an offset, e.g. 2025-08-15T09:30:00+01:00.';
export const PARTIAL_DATE_HINT = 'write a year (2007), a month (2014-03) or a day (2018-07-16).';

/** A front-matter date read in the newsroom's time zone (see `parseEditorialDate`). */
export const editorialDate = z.string().transform((text, context) => {
  const result = parseEditorialDate(text, site.timeZone);
  if (result.ok) return result.date;
  context.issues.push({ code: 'custom', message: result.problem, input: text, params: { hint: DATE_HINT } });
  return z.NEVER;
});

/** A historical date known to a year, month or day. YAML reads a bare year as a number. */
export const partialDate = z.union([z.string(), z.number().int()]).transform((value, context) => {
  const result = parsePartialDate(value);
  if (result.ok) return result.date;
  context.issues.push({ code: 'custom', message: result.problem, input: value, params: { hint: PARTIAL_DATE_HINT } });
  return z.NEVER;
});

/** Only web links: `javascript:` and friends never reach a page. */
export const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export const nonEmpty = z.string().trim().min(1);

/** Text readers see as written prose (headlines, deks, summaries): given curly quotes and real dashes. */
export const prose = nonEmpty.transform(smartPunctuation);

/** A cited document. The URL is optional on purpose: an invented link is worse than none. */
export const sourceSchema = z.strictObject({
  title: prose,
  publisher: nonEmpty.optional(),
  url: webUrl.optional(),
  date: editorialDate.optional(),
});
