import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGoogleRecaptcha } from './google-recaptcha';

/** A stand-in for react-google-recaptcha: reports a script failure or hands out a token. */
const behaviour = vi.hoisted(() => ({ mode: 'load' as 'load' | 'fail', props: [] as Array<Record<string, unknown>> }));
vi.mock('react-google-recaptcha', () => ({
  default: (props: { asyncScriptOnLoad?: (s: { errored?: boolean }) => void; onChange?: (t: string) => void; sitekey: string; hl: string }) => {
    behaviour.props.push(props);
    queueMicrotask(() => (behaviour.mode === 'fail' ? props.asyncScriptOnLoad?.({ errored: true }) : props.onChange?.('token-1')));
    return <div>widget {props.sitekey}</div>;
  },
}));

afterEach(() => {
  cleanup();
  behaviour.props = [];
});

describe('createGoogleRecaptcha', () => {
  it('loads the widget on demand with the site key and locale, and passes its token on', async () => {
    behaviour.mode = 'load';
    const Adapter = createGoogleRecaptcha('site-key-1');
    const onToken = vi.fn();
    render(<Adapter locale="es" onToken={onToken} onLoadError={vi.fn()} />);
    expect(screen.getByText('Loading the security check…')).toBeInTheDocument();
    expect(await screen.findByText('widget site-key-1')).toBeInTheDocument();
    await waitFor(() => expect(onToken).toHaveBeenCalledWith('token-1'));
    expect(behaviour.props[0]).toMatchObject({ sitekey: 'site-key-1', hl: 'es' });
  });

  it('reports a script that failed to load, and a retry alternates the script host', async () => {
    behaviour.mode = 'fail';
    const Adapter = createGoogleRecaptcha('site-key-2');
    const onLoadError = vi.fn();
    const first = render(<Adapter locale="en" onToken={vi.fn()} onLoadError={onLoadError} />);
    await waitFor(() => expect(onLoadError).toHaveBeenCalled());
    const w = window as unknown as { recaptchaOptions?: { useRecaptchaNet?: boolean } };
    const before = w.recaptchaOptions?.useRecaptchaNet;
    first.unmount();
    render(<Adapter locale="en" onToken={vi.fn()} onLoadError={onLoadError} />);
    await waitFor(() => expect(w.recaptchaOptions?.useRecaptchaNet).toBe(!before));
  });
});
