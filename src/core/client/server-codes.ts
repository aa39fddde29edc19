/**
 * Server error codes (`error.code` in the error envelope) that the flow maps to its own
 * messages. The vendor does not publish a code table; these are our decisions (CONTRACT.md:
 * "decision, as seen from live clients"), implemented by the simulator. The flow only ever
 * keys on them for a better message: an unknown code falls back to the server's text, then to
 * a generic message by HTTP status.
 */
export const serverErrorCodes = {
  /** 400: wrong email or password: one generic message, never which one. */
  invalidCredentials: 1001,
  /** 400: wrong or expired 2FA / reset code. */
  invalidCode: 1002,
  /** 410: the wizard uuid is unknown or expired: start a new wizard. */
  wizardExpired: 1003,
  /** 400 / 422: a field failed validation (`details` names the field). */
  validation: 1004,
  /** 400: reCAPTCHA is enabled and the response token is missing or rejected. */
  recaptchaFailed: 1005,
  /** 429: too many attempts. */
  tooManyAttempts: 1006,
  /** 401: the token is missing, expired or revoked. */
  tokenInvalid: 1007,
  /** 400: the QR authorization token was already used or is unknown. */
  qrTokenInvalid: 1008,
  /** 429: an SMS was sent too recently; `Retry-After` says when the next is allowed. */
  resendCooldown: 1009,
  /** 422: the new password breaks a password rule (`details` lists the issues). */
  passwordRules: 1010,
  /** 409: the step is not the one the wizard expects (e.g. a code before a method was chosen). */
  wrongStep: 1011,
  /** 404: the QR channel is unknown or expired. */
  qrChannelNotFound: 1012,
} as const;

export type ServerErrorCodeName = keyof typeof serverErrorCodes;
