import { useEffect, useState } from 'react';
import { loadMessages, peekMessages, type Messages } from '../i18n';

/**
 * The catalog of `locale`: at once when loaded (English always is), else `null` until its
 * chunk arrives. A chunk that fails to load falls back to English rather than blocking sign-in.
 */
export function useMessages(locale: string | undefined): Messages | null {
  const [loaded, setLoaded] = useState<{ locale: string | undefined; messages: Messages } | null>(null);
  const ready = peekMessages(locale) ?? (loaded && loaded.locale === locale ? loaded.messages : null);
  useEffect(() => {
    if (ready) return;
    let isLive = true;
    const done = (messages: Messages) => isLive && setLoaded({ locale, messages });
    loadMessages(locale).then(done, () => loadMessages('en').then(done));
    return () => {
      isLive = false;
    };
  }, [locale, ready]);
  return ready;
}
