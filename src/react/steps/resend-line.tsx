import { useEffect, useRef } from 'react';
import { useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { CountdownText, timeSlot } from '../parts/countdown';
import { useCountdown } from '../use-countdown';

/** Props of {@link ResendLine}. */
export interface ResendLineProps {
  /** Wall-clock ms when a resend is allowed. */
  resendAt: number | null;
  isPending: boolean;
  onResend(): void;
}

/**
 * One line under the code: "Didn't get it? Resend in 0:29", then "Didn't get it? Resend code"
 * (a link-styled button). The countdown is not live; the polite region speaks once, when the
 * resend becomes available (not on every tick, and not when the step opens already available).
 */
export function ResendLine({ resendAt, isPending, onResend }: ResendLineProps) {
  const { t, announce } = useFlowUi();
  const p = useParts();
  const seconds = useCountdown(resendAt);
  const wasWaiting = useRef(false);
  useEffect(() => {
    if (seconds > 0) wasWaiting.current = true;
    else if (wasWaiting.current) {
      wasWaiting.current = false;
      announce(t('verifyCode.resendReady'));
    }
  }, [seconds, announce, t]);
  return (
    <p {...p('hint')} data-variant="resend">
      {t('verifyCode.notReceived')}{' '}
      {seconds > 0 ? (
        <CountdownText text={t('verifyCode.resendCountdown', { time: timeSlot })} until={resendAt ?? 0} />
      ) : (
        <Button variant="link" isPending={isPending} onClick={onResend}>
          {t('verifyCode.resend')}
        </Button>
      )}
    </p>
  );
}
