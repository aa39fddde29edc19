import { Component, type ReactNode } from 'react';
import { retryFailedSteps, StepLoadError } from './lazy-step';

interface StepLoadBoundaryProps {
  children: ReactNode;
  /** The screen instead of a step whose chunk did not load; `retry` imports it again. */
  failed: (retry: () => void) => ReactNode;
}

interface StepLoadBoundaryState {
  error: unknown;
  hasError: boolean;
}

/**
 * Catches a step chunk that failed to load ({@link StepLoadError}) and shows `failed` instead of
 * a blank card. Any other error passes on to the host's boundaries, as before.
 */
export class StepLoadBoundary extends Component<StepLoadBoundaryProps, StepLoadBoundaryState> {
  override state: StepLoadBoundaryState = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): StepLoadBoundaryState {
    return { error, hasError: true };
  }

  private readonly retry = () => {
    retryFailedSteps();
    this.setState({ error: null, hasError: false });
  };

  override render(): ReactNode {
    if (!this.state.hasError) return this.props.children;
    if (!(this.state.error instanceof StepLoadError)) throw this.state.error;
    return this.props.failed(this.retry);
  }
}
