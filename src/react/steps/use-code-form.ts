import { schemaResolver } from '../schema-resolver';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { sanitizeCode } from '../parts/code-field';
import { shouldAutoSubmit } from './code-auto-submit';

const schema = z.object({ code: z.string().check(z.regex(/^\d{6}$/, 'validation.codeInvalid')) });
type Values = z.infer<typeof schema>;

/**
 * The form of a code step. When the server refuses the code, the code stays and is selected,
 * so typing the next one replaces it (and a network retry loses nothing); it does not submit
 * by itself again until it is changed. The code lives only in the uncontrolled input,
 * react-hook-form and, once refused, a ref of the step (gone with it), never in the flow store.
 */
export function useCodeForm(submit: (code: string) => Promise<boolean>) {
  const form = useForm<Values>({ resolver: schemaResolver(schema), defaultValues: { code: '' } });
  const refused = useRef<string | null>(null);
  const onSubmit = form.handleSubmit(async ({ code }) => {
    if (await submit(code)) return;
    refused.current = code;
    form.setFocus('code', { shouldSelect: true });
  });
  /** A complete code (typed, pasted or filled in): submits by itself unless it is the one just refused. */
  const onComplete = (code: string) => {
    if (shouldAutoSubmit(code, refused.current)) void onSubmit();
  };
  /** A code from elsewhere (WebOTP): filled in as if typed. */
  const fill = (code: string) => {
    const clean = sanitizeCode(code);
    form.setValue('code', clean);
    onComplete(clean);
  };
  return { form, onSubmit, onComplete, fill, issue: form.formState.errors.code?.message };
}
