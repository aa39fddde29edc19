/**
 * A scripted client for `<QrApprove>`'s state stories: each state is reached deterministically,
 * with no server. `status` and `approve` say what the two calls answer.
 */
import { SignInError } from '../../src/core/client/errors';
import type { QrChannelStatus } from '../../src/core/client/types';
import type { QrApproveClient } from '../../src/core/qr/qr-approve-types';
import { createSession, type Session } from '../../src/core/session';

const never = <T>() => new Promise<T>(() => undefined);

/** A channel id of the accepted shape. */
export const storyChannel = 'c0ffee00-7f3a-4b2c-9d1e-5a6b7c8d9e0f';

export interface FakeApproveClientOptions {
  status?: Partial<QrChannelStatus> | 'hang' | SignInError;
  approve?: 'ok' | 'hang' | SignInError;
}

export function createFakeApproveClient({ status = {}, approve = 'ok' }: FakeApproveClientOptions = {}): QrApproveClient {
  return {
    async getQrChannelStatus({ channelId }) {
      if (status === 'hang') return never();
      if (status instanceof SignInError) throw status;
      return { id: channelId, status: 'pending', authorizationToken: null, ip: '203.0.113.42', location: 'Lisbon, Portugal', expiresInSeconds: 110, ...status };
    },
    async issueQrAuthorizationToken() {
      if (approve === 'hang') return never();
      if (approve instanceof SignInError) throw approve;
      return { authorizationToken: 'story-token' };
    },
  };
}

/** A session that is signed in (or not), with nothing behind it. */
export function storySession(isSignedIn: boolean): Session {
  const session = createSession({
    client: { baseUrl: '', refresh: () => never(), signOut: () => Promise.resolve() },
    crossTab: false,
    start: false,
  });
  const now = Date.now();
  const token = (minutes: number, name: string) => ({
    token: name,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + minutes * 60_000).toISOString(),
  });
  if (isSignedIn) session.signIn({ accessToken: token(60, 'story-access'), refreshToken: token(60 * 24, 'story-refresh') });
  // A host starts the session it passes in: then it is restored (here, signed out).
  else session.start();
  return session;
}

export const httpFailure = (status: number) =>
  new SignInError({ kind: 'http', status, serverCode: null, serverMessage: null, details: [] }, '/signin/tokens');
export const unauthorizedFailure = new SignInError({ kind: 'unauthorized', status: 401, serverCode: null, serverMessage: null }, '/signin/tokens');
export const rateLimitedFailure = new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds: 120, serverMessage: null }, '/signin/tokens');
export const networkFailure = new SignInError({ kind: 'network' }, '/signin/tokens');
