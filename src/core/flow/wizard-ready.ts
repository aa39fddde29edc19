import type { CredentialsStep, Step } from './types';

/** What `wizardReady` watches: any store with the current step. */
interface StepSource {
  getSnapshot(): { step: Step };
  subscribe(listener: () => void): () => void;
}

/**
 * Resolves with the credentials step once its wizard has answered, or `null` when it failed,
 * the screen changed (a QR sign-in, say) or `signal` aborted: nothing is sent then.
 */
export function wizardReady(source: StepSource, signal: AbortSignal): Promise<CredentialsStep | null> {
  return new Promise((resolve) => {
    const settle = (): void => {
      const { step } = source.getSnapshot();
      if (step.kind === 'credentials' && step.wizard === 'loading' && !signal.aborted) return;
      stop();
      signal.removeEventListener('abort', settle);
      resolve(step.kind === 'credentials' && step.wizard === undefined && !signal.aborted ? step : null);
    };
    const stop = source.subscribe(settle);
    signal.addEventListener('abort', settle);
    settle();
  });
}
