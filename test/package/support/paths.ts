/** Paths of the repository and of the built package, for tests of dist/. */
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A `file:` URL of a file in dist/, for a dynamic `import()` of the built code as Node sees it. */
export const builtModule = (file: string): string => pathToFileURL(`${repoRoot}dist/${file}`).href;
