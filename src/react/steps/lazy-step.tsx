import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A step's chunk did not arrive (offline, a deploy replaced it): `<SignInFlow>` shows the
 * error step, whose "Try again" loads it again.
 */
export class StepLoadError extends Error {
  override readonly name = 'StepLoadError';
}

/** A step screen in its own chunk. */
export interface LazyStep<P extends object> {
  /** The screen: rendered at once when its chunk is in, else it suspends until it is. */
  Component: ComponentType<P>;
  /** Fetches the chunk (once; again after a failure). Rejects with a {@link StepLoadError}. */
  preload(): Promise<unknown>;
}

/** Every lazy step, so one "Try again" can retry whichever failed. */
const retries = new Set<() => void>();

/**
 * A step loaded by `load` (an `import()`), with a preload to fetch it before it is needed.
 * Unlike a bare `React.lazy`, a failed load is not final: {@link retryFailedSteps} lets the
 * next render try the import again.
 */
export function lazyStep<P extends object>(load: () => Promise<ComponentType<P>>): LazyStep<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (cause: unknown) => {
        pending = null;
        throw new StepLoadError('A screen of the sign-in flow could not be loaded', { cause });
      },
    ));
  const suspending = () => lazy(() => preload().then((component) => ({ default: component })));
  // React.lazy remembers a rejection for good: a retry needs a new one.
  let Lazy: LazyExoticComponent<ComponentType<P>> = suspending();
  retries.add(() => {
    if (!loaded) Lazy = suspending();
  });
  function Component(props: P) {
    // Chosen once per mount: the loaded screen itself when its chunk is in (no Suspense
    // fallback, not even for a frame), and never a switch of type that would remount a form.
    const [Screen] = useState<ComponentType<P> | LazyExoticComponent<ComponentType<P>>>(() => loaded ?? Lazy);
    return <Screen {...props} />;
  }
  return { Component, preload };
}

/** After a failed load: the next render of any step that failed imports it again. */
export function retryFailedSteps(): void {
  for (const retry of retries) retry();
}
