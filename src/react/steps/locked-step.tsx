import { useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { CountdownText, timeSlot } from '../parts/countdown';
import { Field } from '../parts/field';
import { ForgotPasswordLink } from '../parts/forgot-password-link';
import { StepFrame } from '../parts/step-frame';
import type { LockedStepProps } from './types';

/**
 * Too many attempts, or maintenance: a countdown from `Retry-After` (this tab's, or another
 * tab's of the same portal) and the step's inputs, disabled. At zero the form comes back by
 * itself (the email kept). "Forgot password?" stays available.
 */
export function LockedStep({ step, flow, forgotPassword }: LockedStepProps) {
  const { t } = useFlowUi();
  const p = useParts();
  const isCredentials = step.resume.kind === 'credentials';
  const copy = step.reason === 'maintenance' ? 'maintenance' : 'locked';
  return (
    <StepFrame
      kind="locked"
      heading={t(`${copy}.heading`)}
      description={<CountdownText text={t(`${copy}.description`, { time: timeSlot })} until={step.until} onDone={flow.endLock} />}
    >
      <form {...p('form')} data-state="locked" data-variant={step.reason} onSubmit={(event) => event.preventDefault()}>
        <fieldset disabled>
          {isCredentials ? (
            <>
              <Field label={t('field.email')} type="email" name="email" autoComplete="username" defaultValue={flow.email} disabled />
              <Field label={t('field.password')} type="password" name="password" autoComplete="current-password" disabled />
            </>
          ) : (
            <Field
              {...p('code-input')}
              label={t('field.code')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              disabled
            />
          )}
          <Button type="submit" disabled>
            {isCredentials ? t('credentials.submit') : t('verifyCode.submit')}
          </Button>
        </fieldset>
        <ForgotPasswordLink target={forgotPassword} />
      </form>
    </StepFrame>
  );
}
