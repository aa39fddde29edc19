/**
 * The funnel: what a flow tells the host's analytics when its state changes. A pure function of
 * the state before and after one change, so it is tested on plain values; the store adds the
 * one rule that needs memory ("signed-in" is reported once per flow).
 */
import type { FlowError, FlowState, LockReason, StepKind } from './types';

/** A funnel event for analytics: no email, password, code or token, ever. */
export type SignInFlowEvent =
  | { type: 'step-shown'; step: StepKind }
  | { type: 'step-failed'; step: StepKind; errorKind: FlowError['kind']; status: number | null; serverCode: number | null }
  /** A lock began: a 429 or maintenance here, or in another tab of the same portal. */
  | { type: 'lockout-started'; retryAfterSeconds: number; reason: LockReason }
  | { type: 'captcha-shown' }
  | { type: 'unknown-step'; workflow: string }
  /** The phone approved the QR code (the exchange for tokens is running). */
  | { type: 'qr-scanned' }
  /** The QR codes expired with no renewal left ("Show a new code" is offered). */
  | { type: 'qr-expired' }
  | { type: 'signed-in' };

/** The events one state change causes, in the order the host receives them. */
export function funnelEvents(before: FlowState, after: FlowState): SignInFlowEvent[] {
  const events: SignInFlowEvent[] = [];
  if (after.error && after.error !== before.error) {
    const { kind, status, serverCode } = after.error;
    events.push({ type: 'step-failed', step: after.step.kind, errorKind: kind, status, serverCode });
  }
  const step = after.step;
  const previous = before.step;
  if (step === previous) return events;
  // The wizard arriving (or failing) under a form shown before it is not a new screen.
  const isSameForm = previous.kind === 'credentials' && step.kind === 'credentials' && previous.wizard !== undefined;
  if (!isSameForm) events.push({ type: 'step-shown', step: step.kind });
  const hadCaptcha = previous.kind === 'credentials' && previous.options.isRecaptchaEnabled;
  if (step.kind === 'credentials' && step.options.isRecaptchaEnabled && !hadCaptcha) events.push({ type: 'captcha-shown' });
  if (step.kind === 'locked' && previous.kind !== 'locked') {
    events.push({ type: 'lockout-started', retryAfterSeconds: step.retryAfterSeconds, reason: step.reason });
  }
  if (step.kind === 'unknown') events.push({ type: 'unknown-step', workflow: step.workflow });
  if (step.kind === 'signed-in' && previous.kind !== 'signed-in') events.push({ type: 'signed-in' });
  return events;
}
