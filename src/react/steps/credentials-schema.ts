import * as z from 'zod/mini';

/**
 * The credentials form's schema, in a chunk of its own (with zod): the first load carries the
 * form, not its validation, which is needed on the first submit. Messages are catalog keys,
 * translated where they are shown.
 */
export const credentialsSchema = z.object({
  email: z.string().check(
    z.trim(),
    z.minLength(1, 'validation.emailRequired'),
    z.regex(/^[^\s@]+@[^\s@]+$/, 'validation.emailInvalid'),
  ),
  password: z.string().check(z.minLength(1, 'validation.passwordRequired')),
});

export type CredentialsValues = z.infer<typeof credentialsSchema>;
