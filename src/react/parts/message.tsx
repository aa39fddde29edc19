import type { ReactNode } from 'react';
import { useParts } from '../flow-ui';

/** Props of {@link Message}. */
export interface MessageProps {
  tone: 'error' | 'info' | 'success' | 'warning';
  id?: string;
  children: ReactNode;
}

/**
 * An inline message. Not a live region itself: the flow announces errors and notices once
 * through its polite region, so a screen reader does not hear them twice.
 */
export function Message({ tone, id, children }: MessageProps) {
  return (
    <p {...useParts()('message')} data-tone={tone} id={id}>
      {children}
    </p>
  );
}
