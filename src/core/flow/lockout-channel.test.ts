import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLockoutChannel, lockoutChannelName, parseLockoutMessage, type LockoutChannel, type LockoutMessage } from './lockout-channel';

const NOW = 1_767_225_600_000;
const DAY = 86_400_000;

describe('parseLockoutMessage', () => {
  it('keeps a known type and reason and the deadline, nothing else', () => {
    expect(parseLockoutMessage({ type: 'locked', reason: 'too-many-attempts', until: NOW + 5_000 }, NOW)).toEqual({
      type: 'locked',
      reason: 'too-many-attempts',
      until: NOW + 5_000,
    });
    const extra = { type: 'locked', reason: 'maintenance', until: NOW + 1, email: 'x@example.com', resume: { kind: 'signed-in' } };
    expect(parseLockoutMessage(extra, NOW)).toEqual({ type: 'locked', reason: 'maintenance', until: NOW + 1 });
  });

  it('clamps `until` to now … now + 24 h', () => {
    expect(parseLockoutMessage({ type: 'locked', reason: 'maintenance', until: NOW + 10 * DAY }, NOW)?.until).toBe(NOW + DAY);
    expect(parseLockoutMessage({ type: 'locked', reason: 'maintenance', until: NOW - 5_000 }, NOW)?.until).toBe(NOW);
  });

  it.each([
    null,
    'locked',
    42,
    {},
    { type: 'unlocked', reason: 'maintenance', until: NOW },
    { type: 'locked', reason: 'because', until: NOW },
    { type: 'locked', until: NOW },
    { type: 'locked', reason: 'maintenance', until: String(NOW) },
    { type: 'locked', reason: 'maintenance', until: Number.NaN },
    { type: 'locked', reason: 'maintenance', until: Number.POSITIVE_INFINITY },
    { type: 'locked', reason: 'maintenance' },
  ])('drops %j', (data) => {
    expect(parseLockoutMessage(data, NOW)).toBeNull();
  });
});

describe('lockoutChannelName', () => {
  it("is scoped to the API's origin, never its path", () => {
    expect(lockoutChannelName('https://my.broker.com/some/path?x=1')).toBe('b2core-sign-in:lockout:https://my.broker.com');
    expect(lockoutChannelName('https://my.broker.com')).toBe(lockoutChannelName('https://my.broker.com/other'));
    expect(lockoutChannelName('https://my.broker.com')).not.toBe(lockoutChannelName('https://other.broker.com'));
  });

  it("resolves '' against the page, and gives up without one", () => {
    expect(lockoutChannelName('')).toBeNull(); // node: no page
    vi.stubGlobal('location', { href: 'https://portal.example/sign-in' });
    expect(lockoutChannelName('')).toBe('b2core-sign-in:lockout:https://portal.example');
    vi.unstubAllGlobals();
  });
});

describe('createLockoutChannel (BroadcastChannel)', () => {
  const open: LockoutChannel[] = [];
  const channel = (baseUrl: string, onLock: (m: LockoutMessage) => void) => {
    const created = createLockoutChannel(baseUrl, onLock, () => NOW);
    if (!created) throw new Error('BroadcastChannel is missing');
    open.push(created);
    return created;
  };
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });

  it('delivers a lock to the other flows of the same portal only, with no field but type, reason, until', async () => {
    const raw: unknown[] = [];
    const spy = new BroadcastChannel('b2core-sign-in:lockout:https://my.broker.com');
    spy.onmessage = (event) => raw.push(event.data);
    const own = vi.fn();
    const same = vi.fn();
    const other = vi.fn();
    const sender = channel('https://my.broker.com', own);
    channel('https://my.broker.com/api', same);
    channel('https://other.broker.com', other);
    sender.announce('too-many-attempts', NOW + 60_000);
    await vi.waitFor(() => expect(same).toHaveBeenCalledWith({ type: 'locked', reason: 'too-many-attempts', until: NOW + 60_000 }));
    await vi.waitFor(() => expect(raw).toHaveLength(1));
    expect(raw[0]).toEqual({ type: 'locked', reason: 'too-many-attempts', until: NOW + 60_000 });
    expect(own).not.toHaveBeenCalled();
    expect(other).not.toHaveBeenCalled();
    spy.close();
  });

  it('validates what arrives: junk is dropped, a far deadline is clamped', async () => {
    const received = vi.fn();
    channel('https://my.broker.com', received);
    const foreign = new BroadcastChannel('b2core-sign-in:lockout:https://my.broker.com');
    foreign.postMessage({ type: 'locked', reason: 'forever', until: NOW + 1_000 });
    foreign.postMessage({ type: 'locked', reason: 'maintenance', until: NOW + 100 * DAY });
    await vi.waitFor(() => expect(received).toHaveBeenCalledTimes(1));
    expect(received).toHaveBeenCalledWith({ type: 'locked', reason: 'maintenance', until: NOW + DAY });
    foreign.close();
  });

  it('announce after close throws nothing', () => {
    const closed = channel('https://my.broker.com', vi.fn());
    closed.close();
    expect(() => closed.announce('maintenance', NOW + 1)).not.toThrow();
  });
});
