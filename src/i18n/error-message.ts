/**
 * Server errors → the person's language. The server's `error.code` picks our message; the
 * server's own text (already localized by `Accept-Language`) is only the fallback for codes we
 * do not know; after that, a message by error kind and HTTP status. A code we know never shows
 * the server's text, even when it has no message of its own here (a proxy or an attacker in the
 * middle can put anything in that text: a phone number to call, a link to follow).
 */
import { serverErrorCodes, type ServerErrorCodeName } from '../core/client/server-codes';
import type { FlowError } from '../core/flow/types';
import type { MessageKey } from './en';

const byCode: Partial<Record<ServerErrorCodeName, MessageKey>> = {
  invalidCredentials: 'error.invalidCredentials',
  invalidCode: 'error.invalidCode',
  wizardExpired: 'error.wizardExpired',
  validation: 'error.validation',
  recaptchaFailed: 'error.recaptchaFailed',
  tooManyAttempts: 'error.tooManyAttempts',
  tokenInvalid: 'error.unauthorized',
  resendCooldown: 'error.resendCooldown',
  passwordRules: 'error.passwordRules',
  wrongStep: 'error.wrongStep',
};

const keyOfCode = new Map<number, MessageKey>(
  (Object.keys(byCode) as ServerErrorCodeName[]).map((name) => [serverErrorCodes[name], byCode[name] as MessageKey]),
);

/** The message for a failed request, in the catalog's language. */
export function errorMessage(error: FlowError, t: (key: MessageKey) => string): string {
  const known = error.serverCode === null ? undefined : keyOfCode.get(error.serverCode);
  if (known) return t(known);
  const serverMessage = Object.values<number | null>(serverErrorCodes).includes(error.serverCode) ? null : error.serverMessage;
  switch (error.kind) {
    case 'network':
    case 'aborted':
      return t('error.network');
    case 'timeout':
      return t('error.timeout');
    case 'invalid-response':
      return t('error.invalidResponse');
    case 'rate-limited':
      return t('error.tooManyAttempts');
    case 'unauthorized':
      return serverMessage ?? t('error.unauthorized');
    case 'http':
      // A proxy's 5xx page has no envelope; a server 5xx text is not for end users either.
      if (error.status !== null && error.status >= 500) return t('error.server');
      if (error.status === 410) return t('error.wizardExpired');
      return serverMessage ?? t('error.unexpected');
    case 'unexpected':
      return t('error.unexpected');
    default:
      return error.kind satisfies never;
  }
}
