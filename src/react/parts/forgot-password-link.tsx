import type { ForgotPassword } from '../steps/types';
import { useFlowUi, useParts } from '../flow-ui';

/** "Forgot password?": the host's URL, or its handler (which then replaces navigation). Nothing without either. */
export function ForgotPasswordLink({ target }: { target: ForgotPassword | null }) {
  const { t } = useFlowUi();
  const p = useParts();
  if (!target || (!target.href && !target.onClick)) return null;
  return (
    <a
      {...p('button')}
      data-variant="link"
      href={target.href ?? '#'}
      onClick={(event) => {
        if (!target.onClick) return;
        event.preventDefault();
        target.onClick();
      }}
    >
      {t('credentials.forgot')}
    </a>
  );
}
