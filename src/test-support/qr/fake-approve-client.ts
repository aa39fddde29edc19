import type { CallOptions, QrChannelStatus } from '../../core/client/types';
import type { QrApproveClient } from '../../core/qr/qr-approve-types';

/** A channel id of the accepted shape. */
export const CHANNEL = '6f1c2b9e-0d4a-4c1e-9b7a-2f3e4d5c6b7a';

/** A scriptable client for the approving side; every call is logged (never the token's value). */
export function createFakeApproveClient() {
  const calls: { method: 'status' | 'approve'; channelId: string; bearer?: string; signal?: AbortSignal }[] = [];
  const fake = {
    status: (channelId: string): Promise<QrChannelStatus> =>
      Promise.resolve({
        id: channelId,
        status: 'pending',
        authorizationToken: null,
        ip: '203.0.113.7',
        location: 'Berlin, Germany',
        expiresInSeconds: 90,
      }),
    approve: (): Promise<{ authorizationToken: string }> => Promise.resolve({ authorizationToken: 'qr_secret_for_the_other_device' }),
  };
  const client: QrApproveClient = {
    getQrChannelStatus: ({ channelId }, call?: CallOptions) => {
      calls.push({ method: 'status', channelId, signal: call?.signal });
      return fake.status(channelId);
    },
    issueQrAuthorizationToken: ({ channelId, accessToken }, call?: CallOptions) => {
      calls.push({ method: 'approve', channelId, bearer: accessToken, signal: call?.signal });
      return fake.approve();
    },
  };
  const count = (method: 'status' | 'approve') => calls.filter((c) => c.method === method).length;
  return { client, fake, calls, count };
}
