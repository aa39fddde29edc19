/**
 * Which fields of a form a failed request is about, so the step can show the message under the
 * field (and mark it `aria-invalid`) instead of in the banner at the top. The banner is for what
 * no field can fix: the network, the server, a rate limit.
 */
import { serverErrorCodes } from '../core/client/server-codes';
import type { FlowError } from '../core/flow/types';

/** The fields a server error code is about, whatever `details` says. */
const fieldsByCode: Readonly<Record<number, readonly string[]>> = {
  // One generic message for unknown user and wrong password: both fields are suspects.
  [serverErrorCodes.invalidCredentials]: ['email', 'password'],
  [serverErrorCodes.invalidCode]: ['code'],
  [serverErrorCodes.passwordRules]: ['password'],
};

/**
 * The fields among `fields` (in that order) that `error` points at: by its server code
 * (wrong credentials → email and password; wrong code → code), else by the server's
 * `details[].field`. Empty when the error is not about a field of this form.
 *
 * @example
 * ```ts
 * const invalid = errorFields(flow.error, ['email', 'password'] as const);
 * // wrong password → ['email', 'password']: both aria-invalid, the message under the last.
 * ```
 */
export function errorFields<F extends string>(error: FlowError | null | undefined, fields: readonly F[]): F[] {
  const named = error ? (fieldsByCode[error.serverCode ?? 0] ?? error.details.map((detail) => detail.field)) : [];
  return fields.filter((field) => named.includes(field));
}
