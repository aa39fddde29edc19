/**
 * `renderSignInFlow()`: `<SignInFlow>` rendered with Testing Library against a simulator, for
 * Vitest (or Jest) + Testing Library hosts. By default the flow's client calls the simulator
 * in-process (no network, no global fetch patching, no MSW needed); `network: true` uses the
 * global fetch instead, for a host whose MSW server (see `startSimulatorMsw`) or real server
 * answers `baseUrl`.
 */
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import { StrictMode } from 'react';
import { createSignInClient } from '../../core/client/create-client';
import type { SignInClient, TokenPair } from '../../core/client/types';
import { SignInFlow, type SignInFlowProps } from '../../react/sign-in-flow';
import type { SimulatorConfigPatch } from '../../simulator/config';
import { createSimulator } from '../../simulator/simulator';
import type { OutboxEntry, Simulator } from '../../simulator/types';

/** Options of {@link renderSignInFlow}. */
export interface RenderSignInFlowOptions {
  /** Any `<SignInFlow>` props (`locale`, `theme`, `components`, `onSuccess`...). `client` and `baseUrl` are set by the helper. */
  props?: Omit<Partial<SignInFlowProps>, 'client' | 'baseUrl'>;
  /** The simulator to talk to. Default a new one (with `config`). */
  simulator?: Simulator;
  /** Config of the new simulator, e.g. `{ qrAvailable: false }`. */
  config?: SimulatorConfigPatch;
  /** The API origin the client uses. Default `http://simulator.test`. */
  baseUrl?: string;
  /** Go through the global `fetch` (your MSW server or a real server) instead of calling the simulator in-process. */
  network?: boolean;
  /** Render under `<StrictMode>`, as in development. Default true. */
  strict?: boolean;
  /** Your providers around the flow (Testing Library's `wrapper`). */
  wrapper?: RenderOptions['wrapper'];
}

/** What {@link renderSignInFlow} returns: Testing Library's result plus the simulator and its outbox. */
export interface RenderedSignInFlow extends RenderResult {
  simulator: Simulator;
  client: SignInClient;
  /** Every `onSuccess` call so far (exactly one after a sign-in). */
  successes: TokenPair[];
  /** Resolves with the tokens at the first `onSuccess`. */
  signedIn(): Promise<TokenPair>;
  /** Every SMS and email code sent, oldest first. */
  outbox(): OutboxEntry[];
  /** The newest code sent to `recipient` (`+1 555 0100`, `reset@example.com`); throws when there is none. */
  latestCode(recipient: string): string;
}

/**
 * Renders `<SignInFlow>` against the simulator.
 *
 * @example
 * ```tsx
 * const flow = renderSignInFlow({ config: { qrAvailable: false } });
 * await user.type(await screen.findByLabelText('Email'), 'sms@example.com');
 * await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
 * await user.click(screen.getByRole('button', { name: 'Sign in' }));
 * await user.type(await screen.findByLabelText('Verification code'), flow.latestCode('+1 555 0100'));
 * expect((await flow.signedIn()).accessToken.token).toBeTruthy();
 * ```
 */
export function renderSignInFlow(options: RenderSignInFlowOptions = {}): RenderedSignInFlow {
  const simulator = options.simulator ?? createSimulator({ config: options.config });
  const baseUrl = options.baseUrl ?? 'http://simulator.test';
  const client = createSignInClient({
    baseUrl,
    ...(options.network ? {} : { fetch: (input: RequestInfo | URL, init?: RequestInit) => simulator.handle(new Request(input, init)) }),
  });
  const successes: TokenPair[] = [];
  const waiting: Array<(tokens: TokenPair) => void> = [];
  const onSuccess = (tokens: TokenPair) => {
    successes.push(tokens);
    waiting.splice(0).forEach((resolve) => resolve(tokens));
    options.props?.onSuccess?.(tokens);
  };
  const flow = <SignInFlow {...options.props} client={client} onSuccess={onSuccess} />;
  const view = render(options.strict === false ? flow : <StrictMode>{flow}</StrictMode>, { wrapper: options.wrapper });
  return {
    ...view,
    simulator,
    client,
    successes,
    signedIn: () => (successes[0] ? Promise.resolve(successes[0]) : new Promise((resolve) => waiting.push(resolve))),
    outbox: () => simulator.outbox(),
    latestCode: (recipient) => {
      const last = simulator.outbox().filter((entry) => entry.recipient === recipient).at(-1);
      if (!last) throw new Error(`No code was sent to ${recipient}.`);
      return last.code;
    },
  };
}
