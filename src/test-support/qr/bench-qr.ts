import { createQrSignIn, type QrClient } from '../../core/qr';
import { createFakeQrClient, createManualVisibility } from './fake-qr-client';
import { createVirtualClock } from './virtual-clock';

/** Requests per minute of the QR watcher at its defaults (2 s polls, 2-minute codes), on virtual time. */
export interface QrBenchResult {
  /** Highest count of requests (polls and renewals) in any 60-second window while a code waits for a scan. */
  waitingPeakPerMinute: number;
  /** Average requests a minute over the first 10 minutes while a code waits. */
  waitingAveragePerMinute: number;
  /** Status polls alone, a minute, in a minute without a renewal. */
  pollsPerMinute: number;
  /** Requests a minute while the tab is hidden (measured over 10 minutes). */
  hiddenPerMinute: number;
  /** Requests a minute after the watcher is disposed (unmount), over 10 minutes. */
  afterUnmountPerMinute: number;
  /** Timers left behind after dispose. */
  timersAfterUnmount: number;
}

const MIN = 60_000;

/**
 * Measures the QR watcher's request rates with a fake client on a virtual clock (no network,
 * no real waiting). For `npm run bench`.
 */
export async function measureQrRequestRates(): Promise<QrBenchResult> {
  const clock = createVirtualClock();
  const { client: fakeClient, fake } = createFakeQrClient();
  // Stamp every request with virtual time, for sliding-window counts.
  const times: number[] = [];
  const client: QrClient = {
    getQrChannel: (call) => (times.push(clock.now()), fakeClient.getQrChannel(call)),
    getQrChannelStatus: (input, call) => (times.push(clock.now()), fakeClient.getQrChannelStatus(input, call)),
    signInWithQr: (input, call) => (times.push(clock.now()), fakeClient.signInWithQr(input, call)),
  };
  const vis = createManualVisibility();
  const qr = createQrSignIn({ client, scheduler: clock.scheduler, now: clock.now, visibility: vis.visibility });

  // While a code waits: ten one-minute windows (renewals every 110 s, the cap at 670 s is later).
  qr.start();
  const perMinute: number[] = [];
  const pollsPerWindow: number[] = [];
  for (let minute = 0; minute < 10; minute += 1) {
    const before = fake.log.length;
    const pollsBefore = fake.count('getQrChannelStatus');
    await clock.advance(MIN);
    perMinute.push(fake.log.length - before);
    pollsPerWindow.push(fake.count('getQrChannelStatus') - pollsBefore);
  }

  // Hidden: pause, then count over 10 minutes.
  vis.set(true);
  let before = fake.log.length;
  await clock.advance(10 * MIN);
  const hidden = fake.log.length - before;
  vis.set(false);
  await clock.advance(5000);

  // Unmount mid-wait, then count over 10 minutes.
  qr.dispose();
  before = fake.log.length;
  await clock.advance(10 * MIN);
  const afterUnmount = fake.log.length - before;

  // Any 60 s window within the first 10 minutes: the peak starts at some request.
  const waiting = times.filter((t) => t < 10 * MIN);
  const slidingPeak = Math.max(...waiting.map((start) => waiting.filter((t) => t >= start && t < start + MIN).length));

  return {
    waitingPeakPerMinute: slidingPeak,
    waitingAveragePerMinute: perMinute.reduce((a, b) => a + b, 0) / perMinute.length,
    pollsPerMinute: Math.max(...pollsPerWindow),
    hiddenPerMinute: hidden / 10,
    afterUnmountPerMinute: afterUnmount / 10,
    timersAfterUnmount: clock.pendingTimers(),
  };
}

/** Rows for `npm run bench` (scripts/bench.mjs). */
export async function bench(): Promise<{ area: string; measure: string; value: number; target: string }[]> {
  const r = await measureQrRequestRates();
  return [
    { area: 'qr', measure: 'requests in any minute while a code waits (2 s polls + renewals)', value: r.waitingPeakPerMinute, target: '≤ 30' },
    { area: 'qr', measure: 'requests/minute while a code waits, 10-minute average', value: r.waitingAveragePerMinute, target: '≤ 30' },
    { area: 'qr', measure: 'requests/minute while the tab is hidden', value: r.hiddenPerMinute, target: '0' },
    { area: 'qr', measure: 'requests/minute after unmount', value: r.afterUnmountPerMinute, target: '0' },
    { area: 'qr', measure: 'timers left after unmount', value: r.timersAfterUnmount, target: '0' },
  ];
}
