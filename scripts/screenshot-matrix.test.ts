/**
 * The screenshot matrix (scripts/screenshot-matrix.mjs) names stories that exist, without
 * building Storybook: ids are computed from each stories file's `title` and exports the way
 * Storybook does (`toId`), so a renamed story fails here, not after a 20-minute run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../src/i18n';
// @ts-expect-error -- a plain .mjs data module without types (scripts/ is not part of the TypeScript project)
import * as matrix from './screenshot-matrix.mjs';

interface MatrixShape {
  viewports: Record<string, { width: number; height: number }>;
  schemes: string[];
  locales: string[];
  states: { state: string; story: string; viewports?: string[] }[];
  themeChecks: { stories: string[]; presets: string[] };
  readme: { file: string; story: string; viewport: string; scheme: string; locale: string }[];
}
const m = matrix as MatrixShape;

/** Every story id in stories/ (`title` + each `export const`, the default export excluded). */
function storyIds(dir = 'stories'): Set<string> {
  const ids = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.stories.tsx')) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    const title = /^\s+title: '([^']+)'/m.exec(source)?.[1];
    if (!title) continue;
    for (const [, name] of source.matchAll(/^export const (\w+)/gm)) ids.add(toId(title, storyNameFromExport(name ?? '')));
  }
  return ids;
}

describe('the screenshot matrix', () => {
  const ids = storyIds();

  it('finds the stories at all (the id scheme still works)', () => {
    expect(ids.has('signinflow-states--credentials')).toBe(true);
    expect(ids.size).toBeGreaterThan(50);
  });

  it('lists only stories that exist', () => {
    const listed = [...m.states.map((s) => s.story), ...m.themeChecks.stories, ...m.readme.map((r) => r.story)];
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('uses known viewports, schemes, locales and presets', () => {
    const viewports = Object.keys(m.viewports);
    expect(viewports).toEqual(['desktop', 'phone']);
    expect(m.schemes).toEqual(['light', 'dark']);
    expect(m.locales.filter((locale) => !(supportedLocales as readonly string[]).includes(locale))).toEqual([]);
    expect(m.states.flatMap((s) => s.viewports ?? []).filter((v) => !viewports.includes(v))).toEqual([]);
    for (const shot of m.readme) {
      expect(viewports).toContain(shot.viewport);
      expect(m.schemes).toContain(shot.scheme);
      expect(shot.file).toMatch(/^[a-z-]+\.png$/);
    }
    expect(m.themeChecks.presets.every((preset) => ['midnight', 'meadow'].includes(preset))).toBe(true);
  });

  it('has no state twice', () => {
    const stories = m.states.map((s) => s.story);
    expect(new Set(stories).size).toBe(stories.length);
  });
});
