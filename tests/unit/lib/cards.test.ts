import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCard, cardHash } from '../../../src/lib/cards/card-cache.ts';
import { headlineSize } from '../../../src/lib/cards/card-tree.ts';
import { renderCard } from '../../../src/lib/cards/render-card.ts';

const content = { kicker: 'Analysis', title: 'Why talks are unlikely to end the war', byline: 'Analysis Desk', date: '12 August 2025', publication: 'Backstory' };

describe('social cards', () => {
  it('renders a 1200×630 PNG with the bundled fonts', async () => {
    const png = await renderCard(content);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('draws a card once per content hash and reuses it until the content changes', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cards-'));
    let renders = 0;
    const render = async () => {
      renders++;
      return Buffer.from(`card ${renders}`);
    };
    expect(String(await cachedCard(content, cacheDir, render))).toBe('card 1');
    expect(String(await cachedCard({ ...content }, cacheDir, render))).toBe('card 1');
    expect(renders).toBe(1);
    expect(String(await cachedCard({ ...content, title: 'A corrected headline' }, cacheDir, render))).toBe('card 2');
    expect(await readdir(cacheDir)).toHaveLength(2);
    expect(cardHash(content)).not.toBe(cardHash({ ...content, date: '13 August 2025' }));
  });

  it('sets long headlines smaller', () => {
    expect(headlineSize('Short')).toBeGreaterThan(headlineSize('A considerably longer headline that runs on and on, as some do, past a hundred characters'));
  });
});
