import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';

const schema = z.object({ code: z.string().check(z.regex(/^\d{6}$/, 'validation.codeInvalid')) });
type Values = z.infer<typeof schema>;

/**
 * The form of a code step. When the server refuses the code, the code stays and is selected,
 * so typing the next one replaces it (and a network retry loses nothing). The code lives only
 * in the uncontrolled input and react-hook-form, never in the flow store.
 */
export function useCodeForm(submit: (code: string) => Promise<boolean>) {
  const form = useForm<Values>({ resolver: standardSchemaResolver(schema), defaultValues: { code: '' } });
  const onSubmit = form.handleSubmit(async ({ code }) => {
    if (!(await submit(code))) form.setFocus('code', { shouldSelect: true });
  });
  return { form, onSubmit, issue: form.formState.errors.code?.message };
}
