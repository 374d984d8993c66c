import { createHash } from 'node:crypto';

/**
 * Applies the reader's remembered theme before first paint, so a page never
 * flashes the wrong one. It is inline (a file would arrive too late), so the
 * CSP allows it by this hash, and public/_headers must list the same hash.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

export const THEME_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
