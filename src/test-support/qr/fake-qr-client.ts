import { SignInError } from '../../core/client/errors';
import type {
  CallOptions,
  QrChannel,
  QrChannelStatus,
  QrSignInResult,
  SignInClient,
  TokenPair,
} from '../../core/client/types';

/** One request the fake saw, with the clock time it was made at. */
export interface LoggedRequest {
  method: 'getQrChannel' | 'getQrChannelStatus' | 'signInWithQr';
  channelId?: string;
  at: number;
  signal: AbortSignal | undefined;
}

type Answer<T> = (input: { channelId: string; signal: AbortSignal | undefined }) => Promise<T>;

/** A token pair for tests (no real secret). */
export const testTokens: TokenPair = {
  accessToken: { token: 'access', createdAt: '2030-01-01T00:00:00Z', expiresAt: '2030-01-01T00:15:00Z' },
  refreshToken: { token: 'refresh', createdAt: '2030-01-01T00:00:00Z', expiresAt: '2030-01-02T00:00:00Z' },
};

/**
 * A scriptable `SignInClient` for the QR methods. Channels are `ch-1`, `ch-2`...; statuses are
 * `pending` unless `status` is replaced; the exchange signs in. Every call is logged.
 */
export function createFakeQrClient(options: { lifetimeMinutes?: number; location?: string | null } = {}) {
  let channels = 0;
  const log: LoggedRequest[] = [];
  const fake = {
    log,
    channel: ((): Promise<QrChannel> => {
      channels += 1;
      return Promise.resolve({
        id: `ch-${channels}`,
        lifetimeMinutes: options.lifetimeMinutes ?? 2,
        ip: '203.0.113.7',
        location: options.location === undefined ? 'Berlin' : options.location,
      });
    }) as () => Promise<QrChannel>,
    status: (({ channelId }) =>
      Promise.resolve({ id: channelId, status: 'pending', authorizationToken: null })) as Answer<QrChannelStatus>,
    exchange: ((): Promise<QrSignInResult> =>
      Promise.resolve({ kind: 'signed-in', clientId: 7, tokens: testTokens })) as (token: string) => Promise<QrSignInResult>,
    count: (method: LoggedRequest['method'], channelId?: string) =>
      log.filter((r) => r.method === method && (channelId === undefined || r.channelId === channelId)).length,
  };
  const client: SignInClient = {
    baseUrl: '',
    wizard: unused,
    signIn: unused,
    chooseTwoFactor: unused,
    verifyTwoFactorCode: unused,
    verifyGoogleCode: unused,
    verifySmsCode: unused,
    restorePassword: unused,
    resetPassword: unused,
    refresh: unused,
    signOut: unused,
    issueQrAuthorizationToken: unused,
    getQrChannel: (call?: CallOptions) => {
      log.push({ method: 'getQrChannel', at: Date.now(), signal: call?.signal });
      return fake.channel();
    },
    getQrChannelStatus: ({ channelId }, call) => {
      log.push({ method: 'getQrChannelStatus', channelId, at: Date.now(), signal: call?.signal });
      return fake.status({ channelId, signal: call?.signal });
    },
    signInWithQr: ({ authorizationToken }, call) => {
      log.push({ method: 'signInWithQr', at: Date.now(), signal: call?.signal });
      return fake.exchange(authorizationToken);
    },
  };
  return { client, fake };
}

function unused(): never {
  throw new Error('not used by the QR watcher');
}

/** A promise that settles only when its signal aborts (rejecting like the real client). */
export function hangUntilAborted<T>(signal: AbortSignal | undefined, path = '/signin/qrcodes'): Promise<T> {
  return new Promise<T>((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new SignInError({ kind: 'aborted' }, path)));
  });
}

export const networkError = (path = '/signin/qrcodes/x') => new SignInError({ kind: 'network' }, path);
export const rateLimited = (seconds: number, path = '/signin/qrcodes/x') =>
  new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds: seconds, serverMessage: null }, path);
export const httpError = (status: number, serverCode: number | null = null, path = '/signin/qrcodes') =>
  new SignInError({ kind: 'http', status, serverCode, serverMessage: null, details: [] }, path);

/** A status source the test drives by hand; it keeps every subscription, even closed ones. */
export function createManualStatusSource() {
  const subscriptions: {
    channelId: string;
    onStatus: (status: QrChannelStatus) => void;
    onError?: (error: unknown) => void;
    closed: boolean;
  }[] = [];
  return {
    subscriptions,
    source: {
      subscribe(channelId: string, onStatus: (s: QrChannelStatus) => void, onError?: (e: unknown) => void) {
        const entry = { channelId, onStatus, onError, closed: false };
        subscriptions.push(entry);
        return () => {
          entry.closed = true;
        };
      },
    },
    /** The newest subscription for a channel. */
    for(channelId: string) {
      const found = subscriptions.findLast((s) => s.channelId === channelId);
      if (!found) throw new Error(`no subscription for ${channelId}`);
      return found;
    },
  };
}

/** A visibility source the test flips. */
export function createManualVisibility(hidden = false) {
  const listeners = new Set<() => void>();
  return {
    visibility: {
      isHidden: () => hidden,
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    set(next: boolean) {
      hidden = next;
      for (const l of [...listeners]) l();
    },
    listenerCount: () => listeners.size,
  };
}

/** A token-carrying status. */
export const authorized = (id: string, token = 'tok-1'): QrChannelStatus => ({
  id,
  status: 'authorized',
  authorizationToken: token,
});
