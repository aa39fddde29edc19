import { schemaResolver } from '../schema-resolver';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { translateIssue, useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { PasswordField } from '../parts/password-field';
import { StepFrame } from '../parts/step-frame';
import type { StepProps } from './types';

const schema = z
  .object({
    password: z.string().check(z.minLength(1, 'validation.newPasswordRequired')),
    confirmation: z.string(),
  })
  .check(
    // Checked before sending: a mismatch never costs a request.
    z.refine((v) => v.password === v.confirmation, { message: 'validation.passwordsMismatch', path: ['confirmation'] }),
  );
type Values = z.infer<typeof schema>;

/**
 * New password + confirmation (`reset_password`). The server's rule errors show on the field
 * they name; after success the flow signs in with the new password by itself.
 */
export function NewPasswordStep({ flow, errorMessage, noticeMessage }: StepProps<'new-password'>) {
  const { t } = useFlowUi();
  const p = useParts();
  const errorId = useId();
  const form = useForm<Values>({ resolver: schemaResolver(schema), defaultValues: { password: '', confirmation: '' } });
  const { errors } = form.formState;
  // The server's rule issues, by field (`password`, `passwordConfirmation`); the rest stay form-level.
  const details = flow.error?.details ?? [];
  const serverIssue = (field: string) =>
    details
      .filter((d) => d.field === field)
      .map((d) => d.issue)
      .join(' ') || undefined;
  const passwordIssue = translateIssue(t, errors.password?.message) ?? serverIssue('password');
  const confirmationIssue = translateIssue(t, errors.confirmation?.message) ?? serverIssue('passwordConfirmation');
  return (
    <StepFrame
      kind="new-password"
      heading={t('newPassword.heading')}
      description={t('newPassword.description')}
      notice={noticeMessage}
      error={errorMessage}
      errorId={errorId}
    >
      <form
        {...p('form')}
        noValidate
        onSubmit={form.handleSubmit(({ password, confirmation }) => flow.setNewPassword({ password, confirmation }))}
      >
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" aria-label={t('field.email')} defaultValue={flow.email} hidden readOnly />
        <PasswordField
          {...form.register('password')}
          label={t('field.newPassword')}
          autoComplete="new-password"
          aria-describedby={errorMessage ? errorId : undefined}
          error={passwordIssue}
        />
        <PasswordField
          {...form.register('confirmation')}
          label={t('field.confirmPassword')}
          autoComplete="new-password"
          error={confirmationIssue}
        />
        <Button type="submit" isPending={flow.pendingAction === 'new-password'}>
          {t('newPassword.submit')}
        </Button>
      </form>
    </StepFrame>
  );
}
