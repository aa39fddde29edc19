#!/usr/bin/env node
/**
 * What the QR panel adds to a host that already renders <SignInFlow>: the own-code size of
 * `SignInFlow + QrPanel` minus that of `SignInFlow` alone (esbuild, minified, gzip; deps and
 * peers external, the lazy locale and later-step chunks left out of both). size-limit cannot express a
 * difference, so this prints both and fails above the budget. Run after `npm run build`.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budget = Number(process.env.QR_INCREMENT_BUDGET ?? 6000); // bytes, as size-limit's "6 kB"
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
// The flow's own lazy chunks, as package.json's size-limit names them: the non-English catalogs
// (`locale-ru.js`) and the screens after the credentials form (`steps/new-password.js`). The QR
// entry is left out only when measuring without it.
const lazyChunks = ['./locale-*', './steps/*'];

/** Gzipped bytes of one minified ESM bundle of `code`. */
async function size(code, external) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    external: [...deps, ...deps.map((d) => `${d}/*`), ...external],
    logLevel: 'error',
  });
  return gzipSync(result.outputFiles[0].contents).length;
}

const flow = await size(`export { SignInFlow } from './dist/index.js';`, [...lazyChunks, './qr.js', './qr-panel.js']);
const withQr = await size(
  `export { SignInFlow } from './dist/index.js'; export { QrPanel } from './dist/qr.js';`,
  lazyChunks,
);
const increment = withQr - flow;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(`SignInFlow: ${kB(flow)}; SignInFlow + QrPanel: ${kB(withQr)}; QR increment: ${kB(increment)} (budget ${kB(budget)})`);
if (increment > budget) {
  console.error('QR increment over budget');
  process.exit(1);
}
