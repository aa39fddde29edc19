import { useEffect, useRef } from 'react';

/** `navigator.credentials.get` options with the WebOTP member (not yet in TypeScript's DOM types). */
interface OtpRequestOptions extends CredentialRequestOptions {
  otp: { transport: ['sms'] };
}

/**
 * WebOTP: where the browser supports it (Chrome on Android), the code of an SMS ending in
 * `@<host> #<code>` is handed to `onCode` once the person allows it. The request is aborted
 * when `isEnabled` turns off, `attempt` changes (a resent SMS asks again) or the step unmounts.
 * Elsewhere it does nothing: the input's `autocomplete="one-time-code"` still offers the code.
 */
export function useWebOtp(isEnabled: boolean, onCode: (code: string) => void, attempt = 0): void {
  const latest = useRef(onCode);
  useEffect(() => {
    latest.current = onCode;
  });
  useEffect(() => {
    if (!isEnabled || typeof window === 'undefined' || !('OTPCredential' in window)) return;
    const controller = new AbortController();
    const options: OtpRequestOptions = { otp: { transport: ['sms'] }, signal: controller.signal };
    navigator.credentials.get(options).then(
      (credential) => {
        const code = (credential as { code?: unknown } | null)?.code;
        if (typeof code === 'string' && !controller.signal.aborted) latest.current(code);
      },
      // Aborted, dismissed or refused: the person types the code.
      () => undefined,
    );
    return () => controller.abort();
  }, [isEnabled, attempt]);
}
