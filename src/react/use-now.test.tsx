import { act, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow, type UseNowOptions } from './use-now';

afterEach(() => vi.useRealTimers());

function Clock({ isActive = true, ...options }: UseNowOptions & { isActive?: boolean }) {
  const now = useNow(isActive, options);
  return <output>{now === null ? 'unread' : String(now)}</output>;
}

describe('useNow', () => {
  it('reads no clock while rendering on the server', () => {
    const now = vi.fn(() => 5_000);
    expect(renderToString(<Clock now={now} />)).toContain('unread');
    expect(now).not.toHaveBeenCalled();
  });

  it('reads the clock on mount, then once a second; unmounting leaves no timer', async () => {
    vi.useFakeTimers({ now: 0 });
    const { container, unmount } = render(<Clock />);
    expect(container).toHaveTextContent('0');
    await act(async () => vi.advanceTimersByTime(3_000));
    expect(container).toHaveTextContent('3000');
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counting towards `until`: ticks just after each whole second, stops there, calls onUntil once', async () => {
    vi.useFakeTimers({ now: 0 });
    const onUntil = vi.fn();
    const { container } = render(<Clock until={2_500} onUntil={onUntil} />);
    await act(async () => vi.advanceTimersByTime(600));
    expect(container).toHaveTextContent('520');
    await act(async () => vi.advanceTimersByTime(5_000));
    expect(container).toHaveTextContent('2520');
    expect(onUntil).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an absurd `until` never spins the timer', async () => {
    vi.useFakeTimers({ now: 0 });
    render(<Clock until={Infinity} />);
    await act(async () => vi.advanceTimersByTime(60_000));
    expect(vi.getTimerCount()).toBe(1);
  });

  it('inactive: no reading and no timer; a reading from an earlier spell is not shown again', async () => {
    vi.useFakeTimers({ now: 0 });
    const { container, rerender } = render(<Clock isActive={false} />);
    expect(container).toHaveTextContent('unread');
    expect(vi.getTimerCount()).toBe(0);
    rerender(<Clock isActive />);
    expect(container).toHaveTextContent('0');
    rerender(<Clock isActive={false} />);
    expect(container).toHaveTextContent('unread');
    expect(vi.getTimerCount()).toBe(0);
  });
});
