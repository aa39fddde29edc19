import { useId, useState, type ReactNode } from 'react';
import { useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';

/**
 * The QR's place on the first screen, after the form: the "or" divider, a "Sign in with your
 * phone" button and the slot holding the panel. The stylesheet lays them out by the card's
 * width: side by side with the form (button hidden, slot shown) or stacked, the slot opened by
 * the button (the code is for a second device). Which one is CSS's decision, so the server and
 * the client render the same; opening is the person's. In the QR panel's lazy chunk, so a flow
 * without QR never loads it.
 */
export function QrSection({ children }: { children: ReactNode }) {
  const { t } = useFlowUi();
  const p = useParts();
  const slotId = useId();
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <div {...p('divider')} role="separator">
        <span>{t('credentials.or')}</span>
      </div>
      <Button variant="secondary" aria-expanded={isOpen} aria-controls={slotId} onClick={() => setOpen((open) => !open)}>
        {t('credentials.qrOpen')}
      </Button>
      <div {...p('qr-slot')} id={slotId} data-state={isOpen ? 'open' : 'closed'}>
        {children}
      </div>
    </>
  );
}
