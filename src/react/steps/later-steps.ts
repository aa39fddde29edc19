/**
 * The screens after the credentials form, each in its own chunk: the first load carries the
 * loading and credentials screens only. `<SignInFlow>` preloads them when the page is idle and
 * when a request that may lead to one is sent, so each is in by the time the answer is.
 */
import { lazyStep } from './lazy-step';

export const chooseFactorStep = lazyStep(() => import('./choose-factor-step').then((module) => module.ChooseFactorStep));
export const verifyCodeStep = lazyStep(() => import('./verify-code-step').then((module) => module.VerifyCodeStep));
export const resetCodeStep = lazyStep(() => import('./reset-code-step').then((module) => module.ResetCodeStep));
export const newPasswordStep = lazyStep(() => import('./new-password-step').then((module) => module.NewPasswordStep));
export const lockedStep = lazyStep(() => import('./locked-step').then((module) => module.LockedStep));
export const unknownStep = lazyStep(() => import('./unknown-step').then((module) => module.UnknownStep));

const laterSteps = [chooseFactorStep, verifyCodeStep, resetCodeStep, newPasswordStep, lockedStep, unknownStep];

/**
 * Starts fetching every later screen not yet loaded (each chunk once); settles when all have
 * arrived or failed. A failure is left for the render that needs the screen: it shows the error
 * step then, not now.
 */
export async function preloadLaterSteps(): Promise<void> {
  await Promise.allSettled(laterSteps.map((step) => step.preload()));
}

// The public screens (for `components={{ … }}` wrappers, stories, custom flows) are these lazy
// ones: inside `<SignInFlow>` they render under its Suspense; elsewhere wrap them in `<Suspense>`.
/** The second-factor chooser: one choice per enabled method, then Continue. Its own chunk. */
export const ChooseFactorStep = chooseFactorStep.Component;
/** The code from SMS or an authenticator app. Its own chunk. */
export const VerifyCodeStep = verifyCodeStep.Component;
/** The emailed code of a forced password reset. Its own chunk. */
export const ResetCodeStep = resetCodeStep.Component;
/** The new password (twice) of a forced reset. Its own chunk. */
export const NewPasswordStep = newPasswordStep.Component;
/** Too many attempts, or maintenance: a countdown and the step's inputs, disabled. Its own chunk. */
export const LockedStep = lockedStep.Component;
/** An admin-added step this package cannot show, with a restart. Its own chunk. */
export const UnknownStep = unknownStep.Component;
