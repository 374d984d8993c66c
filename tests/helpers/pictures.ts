import sharp from 'sharp';

export { photo } from '../../scripts/bench/synthetic-photo.ts';

/** A small PNG graphic: flat colour, as a chart or map export would be. */
export function graphic(width = 640, height = 360): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#f3f0e9' } }).png().toBuffer();
}
