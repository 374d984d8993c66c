import sharp from 'sharp';

/**
 * A photograph-like JPEG: colour gradients under fine grain, which compresses
 * the way photographs do (flat test colours would make every byte budget and
 * every encoding time meaningless). `seed` makes different pictures of the
 * same size; the same seed always makes the same bytes.
 */
export async function photo(width: number, height: number, seed = 1): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = (seed * 2654435761) >>> 0;
  const noise = () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 24) - 128;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      const grain = noise() / 6;
      pixels[at] = Math.max(0, Math.min(255, 60 + (150 * x) / width + 30 * Math.sin((y + seed * 40) / 37) + grain));
      pixels[at + 1] = Math.max(0, Math.min(255, 90 + (100 * y) / height + 25 * Math.cos((x + seed * 13) / 53) + grain));
      pixels[at + 2] = Math.max(0, Math.min(255, 140 - (80 * x) / width + (60 * y) / height + grain));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 82 }).toBuffer();
}
