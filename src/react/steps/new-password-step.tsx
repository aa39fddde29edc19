import { schemaResolver } from '../schema-resolver';
import { useEffect, useId } from 'react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import * as z from 'zod/mini';
import { translateIssue, useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { PasswordChecklist } from '../parts/password-checklist';
import { PasswordField } from '../parts/password-field';
import { SigningInAs } from '../parts/signing-in-as';
import { StepFrame } from '../parts/step-frame';
import type { NewPasswordStepProps } from './types';
import type { PasswordRules } from '../../core/password-rules';

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
 * New password + confirmation (`reset_password`). The server's rules (`passwordRules`, when
 * the host gives them) are a checklist ticked off while the person types; the server's own
 * rule errors show once, on the field they name (the form-level message only when no field
 * is named), and focus goes to the first invalid field. After success the flow signs in
 * with the new password by itself.
 */
export function NewPasswordStep({ flow, errorMessage, noticeMessage, passwordRules }: NewPasswordStepProps) {
  const { t } = useFlowUi();
  const p = useParts();
  const errorId = useId();
  const rulesId = useId();
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
  const hasFieldIssue = details.some((d) => d.field === 'password' || d.field === 'passwordConfirmation');
  const formError = hasFieldIssue ? null : errorMessage;
  // A refused password: focus goes to the first field the server names.
  const { setFocus } = form;
  useEffect(() => {
    const fields = flow.error?.details.map((d) => d.field) ?? [];
    if (fields.includes('password')) setFocus('password');
    else if (fields.includes('passwordConfirmation')) setFocus('confirmation');
  }, [flow.error, setFocus]);
  return (
    <StepFrame
      kind="new-password"
      heading={t('newPassword.heading')}
      description={t('newPassword.description')}
      notice={noticeMessage}
      error={formError}
      errorId={errorId}
      signingInAs={<SigningInAs email={flow.email} onChange={flow.restart} />}
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
          aria-describedby={[formError ? errorId : '', passwordRules ? rulesId : ''].filter(Boolean).join(' ') || undefined}
          error={passwordIssue}
        />
        {passwordRules && <LiveChecklist control={form.control} rules={passwordRules} id={rulesId} />}
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

/**
 * The checklist over what is typed, read from react-hook-form (the input stays uncontrolled:
 * no `value` attribute). Its own component: a keystroke re-renders the list, not the step.
 */
function LiveChecklist({ control, rules, id }: { control: Control<Values>; rules: PasswordRules; id: string }) {
  const password = useWatch({ control, name: 'password' });
  return <PasswordChecklist rules={rules} password={password} id={id} />;
}
