/**
 * `vite build` as a host's CI runs it. Vitest sets NODE_ENV=test, and with it the React plugin
 * would compile JSX for the development runtime (`jsxDEV`), which production React lacks.
 */
import { build, type InlineConfig } from 'vite';

export async function productionBuild(config: InlineConfig): Promise<Awaited<ReturnType<typeof build>>> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await build({ mode: 'production', ...config });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
