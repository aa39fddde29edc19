import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { ResolverOptions } from 'react-hook-form';
import { schemaResolver, type FormSchema } from './schema-resolver';

const schema = z.object({
  email: z.string().check(z.minLength(1, 'validation.emailRequired'), z.regex(/@/, 'validation.emailInvalid')),
  password: z.string().check(z.minLength(1, 'validation.passwordRequired')),
});
type Values = z.infer<typeof schema>;

const emailInput = { name: 'email' };
const options = {
  fields: { email: { name: 'email', ref: emailInput }, password: { name: 'password', ref: {} } },
  shouldUseNativeValidation: undefined,
} as unknown as ResolverOptions<Values>;

describe('schemaResolver', () => {
  it('passes the parsed values through when the schema accepts them', async () => {
    const result = await schemaResolver(schema)({ email: 'a@b.c', password: 'x' }, undefined, options);
    expect(result).toEqual({ values: { email: 'a@b.c', password: 'x' }, errors: {} });
  });

  it('keeps the first message of each field, with the field ref so the form can focus it', async () => {
    const result = await schemaResolver(schema)({ email: '', password: '' }, undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors.email).toEqual({ type: 'validate', message: 'validation.emailRequired', ref: emailInput });
    expect(result.errors.password?.message).toBe('validation.passwordRequired');
  });

  it('puts an issue without a path under root', async () => {
    const whole: FormSchema<Values> = { '~standard': { validate: async () => ({ issues: [{ message: 'validation.mismatch' }] }) } };
    const result = await schemaResolver(whole)({ email: 'a@b.c', password: 'x' }, undefined, options);
    expect(result.errors).toEqual({ root: { type: 'validate', message: 'validation.mismatch' } });
  });
});
