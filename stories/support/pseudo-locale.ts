/**
 * Pseudo-locales for reviewers (never shipped): `en-XA` is every English message accented and
 * about 40 % longer, `ar-XB` the same laid out right-to-left. Overflow, clipping and hard-coded
 * English show up in Storybook before a translator sees the page. Placeholders (`{time}`) and
 * ICU plurals keep their syntax, so counts and countdowns still work.
 */
import { en, loadMessages, type Messages } from '../../src/i18n';

const accents: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', w: 'ŵ', y: 'ý', z: 'ž',
  A: 'Å', C: 'Ç', D: 'Ð', E: 'É', G: 'Ĝ', H: 'Ĥ', I: 'Î', L: 'Ļ', N: 'Ñ', O: 'Ö', S: 'Š', T: 'Ţ', U: 'Û', Y: 'Ý', Z: 'Ž',
};
const filler = ['ļöñĝ', 'ŵöŕð', 'ţéxţ', 'ƒîļļ', 'ƀéýöñð'];

/** Accents letters outside `{…}` arguments and ICU keywords, and pads the text by ~40 %. */
export function pseudoLocalize(message: string): string {
  // Plural branches (`one {…}`) keep their keyword; their text is accented like the rest.
  const accented = message.replace(/\{[^{}]*\}|(?<=\{)\w+, plural,|\b(?:zero|one|two|few|many|other)(?= \{)|[A-Za-z]/g, (part) =>
    part.length === 1 ? (accents[part] ?? part) : part,
  );
  const extra = Math.ceil(message.length * 0.4);
  const words: string[] = [];
  for (let length = 0, i = 0; length < extra; i += 1) {
    const word = filler[i % filler.length]!;
    words.push(word);
    length += word.length + 1;
  }
  return `⟦${accented} ${words.join(' ')}⟧`;
}

/** The pseudo-locales in the toolbar, with their direction. */
export const pseudoLocales = { 'en-XA': 'ltr', 'ar-XB': 'rtl' } as const;
export type PseudoLocale = keyof typeof pseudoLocales;

const catalog = (wrap: (text: string) => string) =>
  Object.fromEntries(Object.entries(en).map(([key, text]) => [key, wrap(pseudoLocalize(text))])) as Messages;
// ar-XB: the accented text inside a right-to-left override, so it also *reads* mirrored.
const catalogs: Record<PseudoLocale, Messages> = { 'en-XA': catalog((t) => t), 'ar-XB': catalog((t) => `\u202e${t}\u202c`) };

/** A pseudo-locale's whole catalog (for `messages`), or `undefined` for a real locale. */
export const pseudoMessages = (locale: string): Messages | undefined =>
  locale in pseudoLocales ? catalogs[locale as PseudoLocale] : undefined;

/** The catalog a story shows for the toolbar's locale: real ones load their chunk. */
export const storyMessages = async (locale: string): Promise<Messages> => pseudoMessages(locale) ?? loadMessages(locale);
