/**
 * Runs after every `npm install` (postinstall) and as `npm run lockfile`: lists in package-lock.json the
 * optional platform binaries (darwin, win32, android…) that this machine's
 * registry mirror does not carry. npm leaves them out of the lock when it
 * cannot fetch them, and `npm ci` then refuses the lock. Each is added with
 * its version and its os/cpu, so npm ci skips it here and fetches it on the
 * platform that needs it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

type Entry = { version?: string; optional?: boolean; os?: string[]; cpu?: string[]; optionalDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Entry> };

const check = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { encoding: 'utf8' });
const missing = [...`${check.stdout}${check.stderr}`.matchAll(/Missing: (\S+)@\S* from lock file/g)].map((match) => match[1]!);

const OS: [RegExp, string][] = [[/android/, 'android'], [/darwin/, 'darwin'], [/linux/, 'linux'], [/win32|windows/, 'win32'], [/freebsd/, 'freebsd']];
const CPU: [RegExp, string][] = [[/arm64/, 'arm64'], [/x64/, 'x64'], [/arm-|armv7|gnueabihf/, 'arm'], [/wasm32/, 'wasm32']];

for (const name of missing) {
  const version = Object.values(lock.packages).find((entry) => entry.optionalDependencies?.[name])?.optionalDependencies?.[name];
  if (!version) throw new Error(`${name} is missing from the lock, but no package lists it as optional: run npm install again.`);
  const os = OS.find(([pattern]) => pattern.test(name))?.[1];
  const cpu = CPU.find(([pattern]) => pattern.test(name))?.[1];
  // Keys in the order npm writes them, so its next install leaves the file as it is.
  lock.packages[`node_modules/${name}`] = { version, ...(cpu ? { cpu: [cpu] } : {}), optional: true, ...(os ? { os: [os] } : {}) };
}
const [root, ...rest] = Object.entries(lock.packages);
lock.packages = Object.fromEntries([root!, ...rest.sort(([a], [b]) => (a < b ? -1 : 1))]);
if (missing.length) {
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`Added ${missing.length} platform binaries to package-lock.json: ${missing.join(', ')}`);
}
