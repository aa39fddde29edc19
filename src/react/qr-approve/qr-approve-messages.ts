import { useEffect, useState } from 'react';
import { loadQrApproveMessages, peekQrApproveMessages, type QrApproveMessages } from '../../i18n/qr-approve';

export { defaultQrApproveMessages } from '../../i18n/qr-approve';
export type { QrApproveMessageKey, QrApproveMessages } from '../../i18n/qr-approve';

/**
 * `<QrApprove>`'s catalog of `locale`: at once when loaded (English always is), else `null`
 * until its chunk arrives. A chunk that fails to load falls back to English.
 */
export function useQrApproveMessages(locale: string | undefined): QrApproveMessages | null {
  const [loaded, setLoaded] = useState<{ locale: string | undefined; messages: QrApproveMessages } | null>(null);
  const ready = peekQrApproveMessages(locale) ?? (loaded && loaded.locale === locale ? loaded.messages : null);
  useEffect(() => {
    if (ready) return;
    let isLive = true;
    const done = (messages: QrApproveMessages) => isLive && setLoaded({ locale, messages });
    loadQrApproveMessages(locale).then(done, () => loadQrApproveMessages('en').then(done));
    return () => {
      isLive = false;
    };
  }, [locale, ready]);
  return ready;
}
