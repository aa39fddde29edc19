/**
 * Messages to text through `Intl`: placeholders, plurals (`Intl.PluralRules`), numbers and
 * countdowns in the locale's own digits (`Intl.NumberFormat`: `fa` writes ۴:۵۹).
 */

// `locale` is a tag `Intl` accepts: flows pass `chooseLocale`'s canonical tag.
const numbers = (locale: string | undefined, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);

// `{count, plural, one {# code} other {# codes}}`: ICU's plural with categories only (no
// offsets, no nesting), which is all a sign-in needs; `#` is the count in local digits.
const plural = /\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g;
const branch = /(\w+) \{([^{}]*)\}/g;

/**
 * Fills `{name}` placeholders (numbers in the locale's digits) and ICU-style plurals; unknown
 * names stay as written. Returns plain text, never HTML. `locale` must be a valid BCP 47 tag
 * (`Intl` throws a `RangeError` otherwise; `chooseLocale` gives one).
 *
 * @example
 * ```ts
 * format('Wait {n, plural, one {# second} other {# seconds}}.', { n: 1 }, 'en'); // 'Wait 1 second.'
 * ```
 */
export function format(message: string, vars?: Record<string, string | number>, locale?: string): string {
  if (!vars) return message;
  const shown = (value: string | number) => (typeof value === 'number' ? numbers(locale).format(value) : value);
  return message
    .replace(plural, (match, name: string, branches: string) => {
      const count = Number(vars[name]);
      if (!Object.hasOwn(vars, name) || !Number.isFinite(count)) return match;
      const forms = new Map([...branches.matchAll(branch)].map((b) => [b[1], b[2] ?? '']));
      return (forms.get(new Intl.PluralRules(locale).select(count)) ?? forms.get('other') ?? '').replace(/#/g, shown(count));
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(vars, name) ? shown(vars[name] as string | number) : match));
}

/**
 * A countdown in the locale's digits: `65` → `1:05`, `3725` → `1:02:05`, `299` in `fa` →
 * `۴:۵۹`. Fractions round up (a countdown shows 0:01 until it is over).
 */
export function formatDuration(totalSeconds: number, locale?: string): string {
  // A non-number (NaN, Infinity from a broken deadline) shows 0:00, never `Infinity:NaN`.
  const s = Number.isFinite(totalSeconds) ? Math.max(0, Math.ceil(totalSeconds)) : 0;
  const one = numbers(locale, { useGrouping: false });
  const two = numbers(locale, { useGrouping: false, minimumIntegerDigits: 2 });
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const tail = two.format(s % 60);
  return hours > 0 ? `${one.format(hours)}:${two.format(minutes)}:${tail}` : `${one.format(minutes)}:${tail}`;
}
