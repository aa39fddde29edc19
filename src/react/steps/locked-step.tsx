import { useFlowUi, useParts } from '../flow-ui';
import { Countdown } from '../parts/countdown';
import { ForgotPasswordLink } from '../parts/forgot-password-link';
import { SigningInAs } from '../parts/signing-in-as';
import { StepFrame } from '../parts/step-frame';
import type { LockedStepProps } from './types';

/**
 * Too many attempts, or maintenance: a large countdown from `Retry-After` (this tab's, or
 * another tab's of the same portal), and only the ways in that still work: QR sign-in, and
 * "Forgot password?" when the lock came from the password (not from a code). No disabled
 * copy of the form. At zero the step comes back by itself (the email kept).
 */
export function LockedStep({ step, flow, forgotPassword, qrPanel }: LockedStepProps) {
  const { t } = useFlowUi();
  const p = useParts();
  const { resume } = step;
  const isOnPassword = resume.kind === 'credentials';
  const isMaintenance = step.reason === 'maintenance';
  const copy = isMaintenance ? 'maintenance' : 'locked';
  return (
    <StepFrame
      kind="locked"
      heading={t(`${copy}.heading`)}
      description={t(`${copy}.lead`)}
      // No "Change" here: a restart would not lift the lock.
      signingInAs={<SigningInAs email={flow.email} />}
    >
      <p {...p('lock-timer')} data-variant={step.reason}>
        <span>{t(`${copy}.tryAgainIn`)}</span>
        <Countdown until={step.until} onDone={flow.endLock} />
      </p>
      {!isMaintenance && isOnPassword && <ForgotPasswordLink target={forgotPassword} />}
      {/* QR sign-in does not go through the locked form: it stays a way in. */}
      {resume.kind === 'credentials' && resume.options.isQrAvailable && qrPanel}
    </StepFrame>
  );
}
