import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFileNamesIn } from '../../../src/markdown/charts/data-files.ts';
import { chartDataPart } from '../../../src/model/chart-data-refs.ts';
import { markdownDigest } from '../../../src/model/body-facts.ts';
import { bodyKey } from '../../../src/model/rendered-bodies.ts';

const root = mkdtempSync(path.join(tmpdir(), 'backstory-chart-keys-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, 'data'));
const write = (name: string, text: string) => writeFileSync(path.join(root, 'data', name), text);

const chart = (url: string) => `Text.\n\n\`\`\`vega-lite\n{"title": "T", "data": {"url": "${url}"}, "mark": "bar"}\n\`\`\`\n`;
/** A body's key as the loader computes it (`bodyKeyOf`), leaving out the people part. */
const keyOf = (body: string) => bodyKey(markdownDigest(body), chartDataPart(body, root));

describe('a body with a chart is keyed by its data files', () => {
  it('finds the data files a body names, and none in a body without a chart', () => {
    expect(dataFileNamesIn(`${chart('b.csv')}\n${chart('a.json')}\n${chart('https://example.org/x.csv')}`)).toEqual(['a.json', 'b.csv']);
    expect(dataFileNamesIn('Prose with "url": "a.csv" but no chart.')).toEqual([]);
    expect(chartDataPart('No chart here.', root)).toBe('');
  });

  it('renders again when a data file it reads is edited, and only then', () => {
    write('front-line.csv', 'month,km2\nJan,300\n');
    write('other.csv', 'a,b\n1,2\n');
    const reader = chart('front-line.csv');
    const unrelated = chart('other.csv');
    const plain = 'No chart, same key as ever.';
    const before = [keyOf(reader), keyOf(unrelated), keyOf(plain)];
    write('front-line.csv', 'month,km2\nJan,310\n');
    expect(keyOf(reader)).not.toBe(before[0]);
    expect(keyOf(unrelated)).toBe(before[1]);
    expect(keyOf(plain)).toBe(before[2]);
    expect(keyOf(plain)).toBe(bodyKey(markdownDigest(plain)));
  });

  it('keys a missing file too, without throwing: the render reports it', () => {
    const body = chart('not-yet.csv');
    const missing = keyOf(body);
    write('not-yet.csv', 'a\n1\n');
    expect(keyOf(body)).not.toBe(missing);
  });
});
