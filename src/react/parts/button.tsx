import type { ButtonHTMLAttributes } from 'react';
import { useParts } from '../flow-ui';

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'link';
  /** A request is running: `aria-busy`, and clicks do nothing (the flow also guards). */
  isPending?: boolean;
}

/** A button part; `type` defaults to `button` so only the real submit submits. */
export function Button({ variant = 'primary', isPending = false, type = 'button', onClick, children, ...rest }: ButtonProps) {
  const p = useParts();
  return (
    <button
      {...p('button')}
      {...rest}
      type={type}
      data-variant={variant}
      data-state={isPending ? 'pending' : undefined}
      aria-busy={isPending || undefined}
      onClick={(event) => {
        // While pending, neither a click nor a second submit may fire a request.
        if (isPending) event.preventDefault();
        else onClick?.(event);
      }}
    >
      {isPending && <span {...p('spinner')} aria-hidden="true" />}
      {children}
    </button>
  );
}
