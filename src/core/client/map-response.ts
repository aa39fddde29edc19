/**
 * Parses a JSON body with a wire schema and maps it to domain types. A parser either returns
 * the domain value or throws `InvalidBody`, whose reason names the schema path, never a value
 * (a body may echo a secret back).
 */
import { isObject } from '../is-object';
import type { $ZodIssue } from 'zod/v4/core';
import { InvalidBody, type Parser } from './invalid-body';
import { cleanMethodCaption } from './two-factor-method';
import type { QrChannel, QrChannelStatus, QrSignInResult, ResetClient, TokenPair, WizardStep } from './types';
import {
  authorizationTokenSchema,
  errorEnvelopeSchema,
  qrChannelSchema,
  qrExchangeSchema,
  qrStatusSchema,
  stepSchema,
  tokenPairSchema,
} from './wire-schemas';

export { InvalidBody, type Parser };

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: $ZodIssue[] } };
}

/** Parses or throws `InvalidBody` describing the first issue by path and kind. */
function check<T>(schema: Schema<T>, value: unknown, at = ''): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [at, ...(issue?.path ?? [])].filter((p) => p !== '').join('.') || 'body';
  const kind = issue?.code === 'invalid_type' ? `expected ${issue.expected}` : (issue?.message ?? 'invalid');
  throw new InvalidBody(`${path}: ${kind}`.slice(0, 120));
}


/** The step envelope → `WizardStep`. A final step (202, done) that carries tokens must carry a valid pair. */
export const parseStep: Parser<WizardStep> = (json) => {
  const wire = check(stepSchema, json);
  const data = wire.data;
  const raw = isObject(json) ? json.data : null;
  let tokens: TokenPair | null = null;
  // Only the final step's tokens count; `2fa` sends `accessToken: {}` placeholders.
  if (wire.code === 202 && wire.done && data && 'accessToken' in data) {
    tokens = check(tokenPairSchema, { accessToken: data.accessToken, refreshToken: data.refreshToken }, 'data');
  }
  if (wire.workflow === '2fa' && !data?.tfaProviders) throw new InvalidBody('data.tfaProviders: required on 2fa');
  const hasOptions =
    data && (data.recaptcha || data.is_qr_available !== undefined || data.is_password_recovery_available !== undefined);
  const client = data?.client;
  return {
    code: wire.code,
    done: wire.done,
    uuid: wire.uuid,
    workflow: wire.workflow,
    options: hasOptions
      ? {
          isRecaptchaEnabled: data.recaptcha?.enabled === true,
          isQrAvailable: data.is_qr_available === true,
          isPasswordRecoveryAvailable: data.is_password_recovery_available === true,
        }
      : null,
    tokens,
    // Captions are shown as text: cleaned and capped here, once, for every layer above.
    providers: (data?.tfaProviders ?? []).map((p) => ({ ...p, localizedCaption: cleanMethodCaption(p.localizedCaption, p.name) })),
    client: client
      ? ({ id: client.id, email: client.email, settings: isObject(client.settings) ? client.settings : {} } satisfies ResetClient)
      : null,
    raw,
  };
};

/** `GET /signin/wizard` must carry the wizard options. */
export const parseWizard: Parser<WizardStep> = (json) => {
  const step = parseStep(json);
  if (!step.options) throw new InvalidBody('data: wizard options missing');
  return step;
};

/** `POST /refresh`: the bare pair (per the reference) or a step envelope whose `data` holds it. */
export const parseRefresh: Parser<TokenPair> = (json) =>
  isObject(json) && 'workflow' in json
    ? check(tokenPairSchema, check(stepSchema, json).data, 'data')
    : check(tokenPairSchema, json);

export const parseQrChannel: Parser<QrChannel> = (json) => {
  const wire = check(qrChannelSchema, json);
  return { ...wire, location: wire.location ?? null };
};

export const parseQrStatus: Parser<QrChannelStatus> = (json) => {
  const wire = check(qrStatusSchema, json);
  const authorizationToken = wire.authorizationToken ?? null;
  // An authorized channel without a token is useless to the watcher: treat it as invalid.
  if (wire.status === 'authorized' && !authorizationToken) throw new InvalidBody('authorizationToken: required');
  const status: QrChannelStatus = { id: wire.id, status: wire.status, authorizationToken };
  // The approval details are kept only when the server sends them (an extension of the contract).
  if (wire.ip != null) status.ip = wire.ip;
  if (wire.location !== undefined) status.location = wire.location;
  if (wire.expiresInSeconds != null && Number.isFinite(wire.expiresInSeconds)) status.expiresInSeconds = wire.expiresInSeconds;
  return status;
};

/** `POST /signin/qrcodes`: `{clientId, tokens}`, or a step envelope when the server asks for more. */
export const parseQrExchange: Parser<QrSignInResult> = (json) => {
  if (isObject(json) && 'workflow' in json) return { kind: 'step', step: parseStep(json) };
  const wire = check(qrExchangeSchema, json);
  return { kind: 'signed-in', clientId: wire.clientId, tokens: wire.tokens };
};

export const parseAuthorizationToken: Parser<{ authorizationToken: string }> = (json) =>
  check(authorizationTokenSchema, json);

/** The error envelope of a non-2xx answer, or `null` when the body is not one. */
export const parseErrorEnvelope = (json: unknown) => {
  const envelope = errorEnvelopeSchema.safeParse(json);
  return envelope.success ? envelope.data.error : null;
};
