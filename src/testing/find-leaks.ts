/**
 * The pure half of the leak check: which named secret appears in which source. Hits name the
 * secret by its label, never by its value (a CI log is one more place a secret must not land).
 */

/** Secrets to look for: a list (named `#1`, `#2`...) or labelled (`{ password, code, accessToken }`). */
export type Secrets = readonly string[] | Readonly<Record<string, string>>;

/** One secret found somewhere it must not be. */
export interface LeakHit {
  /** Where: `dom`, `url`, `history`, `localStorage`, `sessionStorage`, `indexedDB`, `cookies`, `performance`, `console`, `requests`. */
  source: string;
  /** The secret's label: its key, or `#n` for a list. */
  secret: string;
}

/** The shortest secret accepted: shorter strings match ordinary text by chance. */
export const MIN_SECRET_LENGTH = 6;

/** Labels and checks the secrets: each a string of at least {@link MIN_SECRET_LENGTH} characters. */
export function labelSecrets(secrets: Secrets): Array<[label: string, value: string]> {
  const entries: Array<[string, unknown]> = Array.isArray(secrets)
    ? secrets.map((value: unknown, index) => [`#${index + 1}`, value])
    : Object.entries(secrets);
  if (entries.length === 0) throw new TypeError('expectNoSecretLeak needs at least one secret to look for.');
  for (const [label, value] of entries) {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) {
      throw new TypeError(`Secret ${label} must be a string of at least ${MIN_SECRET_LENGTH} characters (an empty or tiny one matches anything).`);
    }
  }
  return entries as Array<[string, string]>;
}

/** Every (source, secret) pair where the source's text contains the secret. */
export function findLeaks(sources: Readonly<Record<string, string>>, secrets: Secrets): LeakHit[] {
  const labelled = labelSecrets(secrets);
  return Object.entries(sources).flatMap(([source, text]) =>
    labelled.filter(([, value]) => text.includes(value)).map(([secret]) => ({ source, secret })),
  );
}
