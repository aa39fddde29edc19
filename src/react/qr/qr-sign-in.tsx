import { useMemo } from 'react';
import { createSignInClient } from '../../core/client/create-client';
import type { TokenPair } from '../../core/client/types';
import type { Theme } from '../../theme';
import { ThemeRoot } from '../theme/theme-root';
import { chooseLocale } from '../../i18n/locales';
import { useUndefinedThemeWarning } from '../theme/use-undefined-theme-warning';
import { QrPanel, type QrPanelProps } from './qr-panel';

/** Props of `QrSignIn`: the panel's, with `baseUrl` instead of a client. */
export interface QrSignInProps extends Omit<QrPanelProps, 'client' | 'onSignedIn'> {
  /** The B2Core host, e.g. `https://my.broker.com`; `''` for the same origin. */
  baseUrl: string;
  /** Called once when the scan signs the person in. */
  onSuccess(tokens: TokenPair, clientId: number): void;
  /** The UI locale, sent as `Accept-Language`. */
  locale?: string;
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
  /** A theme from `createTheme()` for the panel's own styling root. */
  theme?: Theme;
  /** Opt out of the package stylesheet (the root gets `data-unstyled`). */
  unstyled?: boolean;
  /** Writing direction of the root. */
  dir?: 'ltr' | 'rtl';
}

/**
 * QR sign-in on its own, without `<SignInFlow>`: creates its own API client for `baseUrl` and
 * renders inside its own styling root (`ThemeRoot`), so with `b2core-sign-in/styles.css` linked
 * it is styled anywhere. (`QrPanel` has no root of its own: inside a flow it uses the flow's.)
 *
 * @example
 * ```tsx
 * <QrSignIn baseUrl="https://my.broker.com" onSuccess={(tokens) => session.set(tokens)} />
 * ```
 */
export function QrSignIn(props: QrSignInProps) {
  const { baseUrl, locale, fetch: fetchImpl, onSuccess, theme, unstyled, dir, ...panel } = props;
  useUndefinedThemeWarning(props);
  const client = useMemo(
    () => createSignInClient({ baseUrl, locale, ...(fetchImpl ? { fetch: fetchImpl } : {}) }),
    [baseUrl, locale, fetchImpl],
  );
  return (
    <ThemeRoot theme={theme} unstyled={unstyled} dir={dir} lang={locale} className={panel.classNames?.root}>
      <QrPanel locale={chooseLocale(locale)} {...panel} client={client} onSignedIn={onSuccess} />
    </ThemeRoot>
  );
}
