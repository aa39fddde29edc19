import { useId, type ReactNode } from 'react';
import type { StepKind } from '../../core/flow/types';
import { useFlowUi, useParts } from '../flow-ui';
import { BrandLogo } from '../theme';
import { Message } from './message';

/** Props of {@link StepFrame}. */
export interface StepFrameProps {
  /** The step shown (`framed` for the cross-origin frame notice). */
  kind: StepKind | 'framed';
  heading: ReactNode;
  description?: ReactNode;
  /** An informational notice (wizard restarted, password changed...). */
  notice?: string | null | undefined;
  /** A form-level error, already translated. */
  error?: string | null | undefined;
  /** Id for the error message, so a field can point `aria-describedby` at it. */
  errorId?: string;
  /**
   * Who is signing in, under the heading: the steps after the credentials pass
   * `<SigningInAs>` here (a node, so the part ships in their chunk, not in the entry).
   */
  signingInAs?: ReactNode;
  children?: ReactNode;
}

/**
 * The card every step renders in: logo, heading (the region's label; focus target on a step
 * change when the step has no input: `tabIndex={-1}`), who is signing in, description,
 * notice, error, the step's content and the footer slot.
 */
export function StepFrame({ kind, heading, description, notice, error, errorId, signingInAs, children }: StepFrameProps) {
  const { slots, classNames } = useFlowUi();
  const p = useParts();
  const headingId = useId();
  return (
    <section {...p('card')} data-step={kind} aria-labelledby={headingId}>
      <div {...p('header')}>
        <BrandLogo slot={slots?.logo} className={classNames.logo} />
        {slots?.header}
        <h2 {...p('heading')} id={headingId} tabIndex={-1}>
          {heading}
        </h2>
        {signingInAs}
        {description && <p {...p('description')}>{description}</p>}
      </div>
      <div {...p('body')}>
        {notice && <Message tone="info">{notice}</Message>}
        {error && (
          <Message tone="error" id={errorId}>
            {error}
          </Message>
        )}
        {children}
      </div>
      {slots?.footer && <div {...p('footer')}>{slots.footer}</div>}
    </section>
  );
}
