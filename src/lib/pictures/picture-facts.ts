import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { site } from '../../site.config.ts';
import { readCacheJson, writeCacheJson } from '../cache-file.ts';
import { codeVersion, sourceFilesIn } from '../code-version.ts';
import { toSlug } from '../to-slug.ts';
import type { PictureFacts, SourceFormat } from './picture-plan.ts';

/** What a source file is, whatever shows it: kept between builds. */
interface FileFacts {
  /** sha256 of the bytes. */
  digest: string;
  width: number;
  height: number;
  format: SourceFormat;
}

/** The file's identity when its facts were read: while it holds, the bytes are the ones digested. */
interface Identity {
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
}

const FACTS_FILE = 'picture-facts.json';

const FORMATS: Record<string, SourceFormat> = { jpeg: 'jpg', png: 'png', webp: 'webp', heif: 'avif' };

/**
 * A digest of the code that makes files from a picture (this folder and the
 * installed packages, sharp and libvips among them) and of the settings that
 * shape them: part of every picture's key.
 */
export function pictureCodeVersion(): string {
  const { maxSourceBytes: _checkedOnly, ...shaping } = site.images;
  return createHash('sha256').update(codeVersion(...sourceFilesIn(new URL('./', import.meta.url)))).update(JSON.stringify(shaping)).digest('base64url').slice(0, 16);
}

/**
 * Reads what the build needs of each picture file: a digest of its bytes and
 * its displayed size and format. A file is read and digested again whenever
 * its size, modification or change time (to the nanosecond) or inode differ
 * from when it was last read, the same test git uses for its index: an
 * unchanged archive of thousands of photographs costs a stat each, not
 * gigabytes read and hashed at every build.
 */
export class PictureFactsReader {
  private readonly known: Record<string, { identity: Identity; facts: FileFacts }>;
  private readonly seen: Record<string, { identity: Identity; facts: FileFacts }> = {};
  private readonly pending = new Map<string, Promise<FileFacts | { error: string }>>();
  private changed = false;

  private readonly cacheDir: string;
  private readonly contentRoot: string;
  private readonly version: string;

  constructor(cacheDir: string, contentRoot: string, version = pictureCodeVersion()) {
    this.cacheDir = cacheDir;
    this.contentRoot = contentRoot;
    this.version = version;
    this.known = readCacheJson(cacheDir, FACTS_FILE) ?? {};
  }

  /** The facts of the picture at `file` (absolute), or why it cannot be published. */
  async read(file: string): Promise<PictureFacts | { error: string }> {
    let facts = this.pending.get(file);
    if (!facts) {
      facts = this.readFile(file);
      this.pending.set(file, facts);
    }
    const read = await facts;
    if ('error' in read) return read;
    return {
      source: path.relative(this.contentRoot, file).split(path.sep).join('/'),
      name: toSlug(path.basename(file, path.extname(file))) || 'picture',
      key: createHash('sha256').update(`${read.digest}\0${this.version}`).digest('base64url').slice(0, 12),
      width: read.width,
      height: read.height,
      format: read.format,
    };
  }

  private async readFile(file: string): Promise<FileFacts | { error: string }> {
    const stats = await stat(file, { bigint: true });
    const identity: Identity = { size: String(stats.size), mtimeNs: String(stats.mtimeNs), ctimeNs: String(stats.ctimeNs), ino: String(stats.ino) };
    const cached = this.known[file];
    if (cached && JSON.stringify(cached.identity) === JSON.stringify(identity)) {
      this.seen[file] = cached;
      return cached.facts;
    }
    const bytes = await readFile(file);
    let metadata: Metadata;
    try {
      metadata = await sharp(bytes).metadata();
    } catch (error) {
      return { error: (error as Error).message };
    }
    const format = FORMATS[metadata.format ?? ''];
    if (!format || (format === 'avif' && metadata.compression !== 'av1')) return { error: `it holds ${metadata.format ?? 'no'} data, not a picture format the build processes` };
    const facts: FileFacts = { digest: createHash('sha256').update(bytes).digest('hex'), width: metadata.autoOrient.width, height: metadata.autoOrient.height, format };
    this.seen[file] = { identity, facts };
    this.changed = true;
    return facts;
  }

  /** Keeps the facts of the files read in this build for the next: a picture no longer shown drops out. */
  save(): void {
    if (this.changed || Object.keys(this.seen).length !== Object.keys(this.known).length) writeCacheJson(this.cacheDir, FACTS_FILE, this.seen);
  }
}
