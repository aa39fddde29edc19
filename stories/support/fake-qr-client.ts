/**
 * Scripted QR clients for the panel's state stories: each state is reached deterministically,
 * with no server and no clock tricks (the renewal and cap stories use a 3-second code).
 */
import { SignInError } from '../../src/core/client/errors';
import type { QrChannel, QrSignInResult } from '../../src/core/client/types';
import type { QrClient, QrStatusSource, QrVisibility } from '../../src/core/qr/types';

const never = <T>() => new Promise<T>(() => undefined);

/** A code as the server would issue it. `lifetimeMinutes` 0.05 = a 3-second code. */
export const demoChannel = (id = 'qr-demo-7f3a', lifetimeMinutes = 2): QrChannel => ({
  id,
  lifetimeMinutes,
  ip: '203.0.113.42',
  location: 'Lisbon, Portugal',
});

export interface FakeQrClientOptions {
  /** What `getQrChannel` answers, call by call (the last repeats); `hang` never answers. */
  channels?: readonly (QrChannel | 'hang' | SignInError)[];
  /** What `signInWithQr` does. */
  exchange?: 'hang' | SignInError;
}

export function createFakeQrClient({ channels = [demoChannel()], exchange = 'hang' }: FakeQrClientOptions = {}): QrClient {
  let call = 0;
  return {
    async getQrChannel() {
      const next = channels[Math.min(call, channels.length - 1)] ?? 'hang';
      call += 1;
      if (next === 'hang') return never<QrChannel>();
      if (next instanceof SignInError) throw next;
      return next;
    },
    getQrChannelStatus: () => never(),
    signInWithQr: () => (exchange === 'hang' ? never<QrSignInResult>() : Promise.reject(exchange)),
  };
}

/** A watch that never hears back: the code just stays on screen. */
export const silentSource: QrStatusSource = { subscribe: () => () => undefined };

/** A watch that reports the code scanned at once. */
export const scannedSource: QrStatusSource = {
  subscribe(channelId, onStatus) {
    const timer = setTimeout(() => onStatus({ id: channelId, status: 'authorized', authorizationToken: 'story-token' }), 50);
    return () => clearTimeout(timer);
  },
};

/** A tab that is always hidden: the panel pauses. */
export const hiddenTab: QrVisibility = { isHidden: () => true, subscribe: () => () => undefined };

export const networkError = () => new SignInError({ kind: 'network' }, '/signin/qrcodes');
export const rateLimitedError = () =>
  new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds: 30, serverMessage: null }, '/signin/qrcodes');
