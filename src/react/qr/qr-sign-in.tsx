import { useMemo } from 'react';
import { createSignInClient } from '../../core/client/create-client';
import type { TokenPair } from '../../core/client/types';
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
}

/**
 * QR sign-in on its own, without `<SignInFlow>`: creates its own API client for `baseUrl`.
 *
 * @example
 * ```tsx
 * <QrSignIn baseUrl="https://my.broker.com" onSuccess={(tokens) => session.set(tokens)} />
 * ```
 */
export function QrSignIn({ baseUrl, locale, fetch: fetchImpl, onSuccess, ...panel }: QrSignInProps) {
  const client = useMemo(
    () => createSignInClient({ baseUrl, locale, ...(fetchImpl ? { fetch: fetchImpl } : {}) }),
    [baseUrl, locale, fetchImpl],
  );
  return <QrPanel {...panel} client={client} onSignedIn={onSuccess} />;
}
