/**
 * Wire schemas (zod/mini, for the bundle budget) for every B2Core response the client reads.
 * snake_case lives here and only here; `map-response.ts` turns these into domain types.
 */
import * as z from 'zod/mini';

const text = z.string();
const nonEmpty = z.string().check(z.minLength(1));

/**
 * An ISO-8601 date-time that `Date.parse` understands. The offset is not enforced: expiry is
 * computed from `expiresAt - createdAt`, which stays right even if a deployment drops it.
 */
const isoTime = z.string().check(
  z.refine((v) => /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v) && !Number.isNaN(Date.parse(v)), 'not an ISO date-time'),
);

export const tokenSchema = z.object({ token: nonEmpty, createdAt: isoTime, expiresAt: isoTime });

/** The pair: the access token is required, the refresh token may be `null` (never missing). */
export const tokenPairSchema = z.object({ accessToken: tokenSchema, refreshToken: z.nullable(tokenSchema) });

export const providerSchema = z.object({ name: text, localizedCaption: text, enabled: z.boolean() });

export const resetClientSchema = z.object({
  id: z.number(),
  email: text,
  // PHP encodes an empty map as `[]`; any non-object is mapped to `{}`.
  settings: z.optional(z.unknown()),
});

/**
 * `data` of a step: every known member is optional and checked only when present; unknown
 * members pass through (admin-added steps). Tokens are checked in the mapper, because on `2fa`
 * the server sends `accessToken: {}`.
 */
const stepDataSchema = z.looseObject({
  accessToken: z.optional(z.unknown()),
  refreshToken: z.optional(z.unknown()),
  tfaProviders: z.optional(z.array(providerSchema)),
  client: z.optional(resetClientSchema),
  recaptcha: z.optional(z.object({ enabled: z.boolean() })),
  is_qr_available: z.optional(z.boolean()),
  is_password_recovery_available: z.optional(z.boolean()),
});

/** The step envelope. `workflow` is an open set: any string parses. */
export const stepSchema = z.object({
  code: z.number(),
  data: z.nullable(stepDataSchema),
  done: z.boolean(),
  uuid: nonEmpty,
  workflow: text,
});

export type WireStep = z.infer<typeof stepSchema>;

export const qrChannelSchema = z.object({
  id: nonEmpty,
  lifetimeMinutes: z.number().check(z.positive()),
  ip: text,
  location: z.optional(z.nullable(text)),
});

export const qrStatusSchema = z.object({
  id: nonEmpty,
  status: z.enum(['pending', 'authorized', 'expired']),
  authorizationToken: z.optional(z.nullable(nonEmpty)),
  // Optional extension (the simulator sends them): what the approving phone shows before it approves.
  ip: z.optional(z.nullable(text)),
  location: z.optional(z.nullable(text)),
  expiresInSeconds: z.optional(z.nullable(z.number().check(z.gte(0)))),
});

export const qrExchangeSchema = z.object({ clientId: z.number(), tokens: tokenPairSchema });

export const authorizationTokenSchema = z.object({ authorizationToken: nonEmpty });

export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.number(),
    message: text,
    details: z.optional(z.array(z.object({ issue: text, field: z.optional(text) }))),
  }),
});
