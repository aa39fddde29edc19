/**
 * The end-to-end leak check: after a journey, no password, code or token may be found in the
 * console, the URLs the page requested, history, Web Storage, IndexedDB, cookies, performance
 * entries or the serialized DOM. Console lines and request URLs only exist while they happen,
 * so a page is watched from before the first secret is typed: `watchPage(page)`.
 */
import type { Page, Request, ConsoleMessage } from 'playwright-core';
import { findLeaks, labelSecrets, type LeakHit, type Secrets } from './find-leaks';

interface PageRecord {
  console: string[];
  requests: string[];
}

const records = new WeakMap<Page, PageRecord>();

/**
 * Starts recording the page's console messages, uncaught errors and request URLs for
 * {@link expectNoSecretLeak}. Idempotent; `signInAs` calls it too. Call it right after
 * `newPage()` when the test types anything secret itself.
 */
export function watchPage(page: Page): void {
  if (records.has(page)) return;
  const record: PageRecord = { console: [], requests: [] };
  records.set(page, record);
  page.on('console', (message: ConsoleMessage) => record.console.push(message.text()));
  page.on('pageerror', (error: Error) => record.console.push(`pageerror: ${error.message}`));
  page.on('request', (request: Request) => record.requests.push(request.url()));
}

/** The console lines (and uncaught errors) recorded since {@link watchPage}. */
export function consoleOf(page: Page): readonly string[] {
  return records.get(page)?.console ?? [];
}

/**
 * Everything the leak check searches, as one text per source. Useful for a control assertion
 * (the sources do contain what the page shows, e.g. the signed-in email).
 */
export async function leakSources(page: Page): Promise<Record<string, string>> {
  const record = records.get(page);
  if (!record) throw new Error('The page was not watched: call watchPage(page) (or signInAs) before the journey, so console lines and request URLs are recorded.');
  const inPage = await page.evaluate(async () => {
    const dump = (storage: Storage) => JSON.stringify(Object.entries(storage));
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return {
      dom: document.documentElement.outerHTML,
      url: location.href,
      history: JSON.stringify(history.state),
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      cookie: document.cookie,
      indexedDB: JSON.stringify(databases),
      performance: JSON.stringify(performance.getEntries().map((entry) => entry.name)),
    };
  });
  const cookies = JSON.stringify(await page.context().cookies());
  return { ...inPage, cookies, console: record.console.join('\n'), requests: record.requests.join('\n') };
}

/** The page leaked a secret; `hits` says where (by label, never the value). */
export class SecretLeakError extends Error {
  override readonly name = 'SecretLeakError';
  constructor(readonly hits: readonly LeakHit[]) {
    super(`Secrets leaked: ${hits.map((hit) => `${hit.source} contains secret ${hit.secret}`).join('; ')}.`);
  }
}

/**
 * Throws a {@link SecretLeakError} when any secret appears in the page's console, request URLs,
 * history, storage, IndexedDB names, cookies, performance entries or DOM. Works with any test
 * runner (it throws; it does not need `expect`).
 *
 * @example
 * ```ts
 * watchPage(page);
 * const { secrets } = await signInAs(page, 'google@example.com', { simulator });
 * await expectNoSecretLeak(page, secrets);
 * ```
 */
export async function expectNoSecretLeak(page: Page, secrets: Secrets): Promise<void> {
  labelSecrets(secrets); // bad input fails before the page is read
  const hits = findLeaks(await leakSources(page), secrets);
  if (hits.length > 0) throw new SecretLeakError(hits);
}
