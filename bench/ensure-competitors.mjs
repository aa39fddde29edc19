/**
 * Installs the bench's competitors (bench/package.json + bench/package-lock.json) into
 * bench/node_modules when they are missing or at another version, then proves the install
 * with a probe: every devDependency's package.json is there at the locked version.
 *
 * Why a clean child environment: `npm run bench` hands npm's own settings to its children as
 * `npm_config_*` variables (prefix=/usr, local_prefix=<project root>, ...), and the bench runs
 * Vite with NODE_ENV=production. Under NODE_ENV=production `npm ci` omits devDependencies, and
 * every competitor is one: it printed "up to date", installed nothing and Supabase's app did
 * not resolve on a fresh clone. So npm runs in bench/ (cwd, not `--prefix`), without NODE_ENV
 * and without the settings that pick where or what to install, and with `--include=dev`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** npm settings that `npm run` passes down and that would redirect or trim a nested install. */
const placement = /^npm_config_(prefix|local_prefix|global|global_prefix|location|workspaces?|include_workspace_root|omit|include|production|only|dry_run|package_lock_only)$/i;

/** The parent's environment without NODE_ENV and without npm's placement settings. */
export function installEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'NODE_ENV' && !placement.test(key)));
}

/** Competitors that are not installed at the version bench/package.json pins (empty = all there). */
export function missingCompetitors(benchDir = 'bench') {
  const pinned = JSON.parse(readFileSync(join(benchDir, 'package.json'), 'utf8')).devDependencies;
  return Object.entries(pinned).filter(([name, version]) => {
    const manifest = join(benchDir, 'node_modules', name, 'package.json');
    return !existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).version !== version;
  }).map(([name, version]) => `${name}@${version}`);
}

/** Runs `npm ci` in bench/ when needed; throws with the names that are still missing after it. */
export function ensureCompetitors(benchDir = 'bench') {
  if (missingCompetitors(benchDir).length === 0) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--include=dev', '--no-audit', '--no-fund'], { cwd: benchDir, env: installEnv(), stdio: 'inherit' });
  const missing = missingCompetitors(benchDir);
  if (result.status !== 0 || missing.length > 0) {
    throw new Error(`bench: npm ci in ${benchDir}/ did not install ${missing.join(', ') || 'cleanly'} (exit ${result.status})`);
  }
}
