/**
 * Catalogs: English is bundled; every other locale is its own chunk, fetched by a dynamic
 * `import()` only when a flow asks for it (bundling every translation is what makes some
 * sign-in kits weigh hundreds of kB).
 */
import { en, type Messages } from './en';
import { baseLocale, type SupportedLocale } from './locales';

type Chunk = Promise<{ default: Messages }>;

/** One `import()` per locale: each becomes its own chunk (`locale-<tag>.js` in dist/). */
const chunks: Record<Exclude<SupportedLocale, 'en'>, () => Chunk> = {
  ru: () => import('./ru'),
  es: () => import('./es'),
  ar: () => import('./ar'),
  'zh-Hans': () => import('./zh-Hans'),
  'zh-Hant': () => import('./zh-Hant'),
  ja: () => import('./ja'),
  ko: () => import('./ko'),
  th: () => import('./th'),
  vi: () => import('./vi'),
  id: () => import('./id'),
  ms: () => import('./ms'),
  hi: () => import('./hi'),
  tr: () => import('./tr'),
  'pt-BR': () => import('./pt-BR'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  it: () => import('./it'),
  pl: () => import('./pl'),
  uk: () => import('./uk'),
  fa: () => import('./fa'),
  he: () => import('./he'),
  nl: () => import('./nl'),
  cs: () => import('./cs'),
};

/**
 * The library build ships a catalog as its values in English key order (vite.config.ts,
 * `compactCatalogs`: keys were a quarter of each chunk); sources and tests import the object.
 */
function unpack(values: Messages | readonly string[]): Messages {
  if (!Array.isArray(values)) return values as Messages;
  const keys = Object.keys(en);
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as Messages;
}

const loaded = new Map<SupportedLocale, Messages>([['en', en]]);

/** The catalog if it is already loaded (English always is): lets a remount render at once. */
export function peekMessages(locale: string | undefined): Messages | undefined {
  return loaded.get(baseLocale(locale));
}

/** Loads a locale's catalog (English for unsupported ones). Each import is its own chunk. */
export async function loadMessages(locale: string | undefined): Promise<Messages> {
  const base = baseLocale(locale);
  const cached = loaded.get(base);
  if (cached) return cached;
  const messages = unpack((await chunks[base as Exclude<SupportedLocale, 'en'>]()).default);
  loaded.set(base, messages);
  return messages;
}
