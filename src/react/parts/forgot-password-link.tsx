import { safeUrl } from '../../core/safe-url';
import { useFlowUi, useParts } from '../flow-ui';

/** Where "Forgot password?" leads: a URL or a handler (or both: the handler runs on click). */
export interface ForgotPassword {
  href?: string | undefined;
  onClick?: (() => void) | undefined;
}

/**
 * "Forgot password?": the host's URL, or its handler (which then replaces navigation). Nothing
 * without either. The URL must be http(s) or relative (`safeUrl`): React 18 renders a
 * `javascript:` href as given, so any other scheme is dropped.
 */
export function ForgotPasswordLink({ target }: { target: ForgotPassword | null }) {
  const { t } = useFlowUi();
  const p = useParts();
  const href = safeUrl(target?.href);
  if (!target || (!href && !target.onClick)) return null;
  return (
    <a
      {...p('button')}
      data-variant="link"
      href={href ?? '#'}
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
