import { useEffect, useState, type ComponentType } from 'react';
import type { ReCAPTCHAProps } from 'react-google-recaptcha';
import { useFlowUi } from '../flow-ui';
import type { RecaptchaAdapter, RecaptchaProps } from './types';

/** The wrapper's props: its typings declare `asyncScriptOnLoad` without the loader's state argument. */
type Widget = ComponentType<Omit<ReCAPTCHAProps, 'asyncScriptOnLoad'> & { asyncScriptOnLoad?: (state: { errored?: boolean }) => void }>;

interface RecaptchaWindow {
  recaptchaOptions?: { useRecaptchaNet?: boolean; nonce?: string };
}

let attempts = 0;

/**
 * The default adapter: Google reCAPTCHA v2 (checkbox) through react-google-recaptcha, which is
 * imported only when a wizard enables reCAPTCHA, so hosts that never see one never download
 * it. CSP: allow `script-src` and `frame-src` for www.google.com / www.gstatic.com (and
 * www.recaptcha.net, which a retry after a failed load falls back to).
 *
 * @example <SignInFlow recaptcha={createGoogleRecaptcha('6Lc…')} … />
 */
export function createGoogleRecaptcha(siteKey: string): RecaptchaAdapter {
  function GoogleRecaptcha({ onToken, onLoadError, locale }: RecaptchaProps) {
    const [widget, setWidget] = useState<Widget | null>(null);
    const { t } = useFlowUi();
    useEffect(() => {
      let isLive = true;
      // The loader caches a failed script URL for the page's life: every other attempt goes
      // through recaptcha.net (a different URL, also reachable where google.com is blocked).
      const w = window as unknown as RecaptchaWindow;
      w.recaptchaOptions = { ...w.recaptchaOptions, useRecaptchaNet: attempts++ % 2 === 1 };
      import('react-google-recaptcha').then(
        (module) => isLive && setWidget(() => module.default as unknown as Widget),
        () => isLive && onLoadError(),
      );
      return () => {
        isLive = false;
      };
      // Runs once per mount: the credentials step remounts the widget for a fresh token.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []);
    if (!widget) return <p data-part="hint">{t('recaptcha.loading')}</p>;
    const Recaptcha = widget;
    return (
      <Recaptcha
        sitekey={siteKey}
        hl={locale}
        onChange={(token) => onToken(token)}
        onExpired={() => onToken(null)}
        onErrored={onLoadError}
        asyncScriptOnLoad={(state) => {
          if (state.errored) onLoadError();
        }}
      />
    );
  }
  return GoogleRecaptcha;
}
