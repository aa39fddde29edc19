/**
 * Issue 10: URL props render only http(s) and relative URLs. React 18 (in the peer range)
 * renders `href="javascript:..."` as given, and a theme object can be built by hand.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BrandLogo } from './theme/brand-logo';
import { createTheme, type Theme } from '../theme';
import { credentialsReady, renderFlow } from '../../test/fixtures/render-flow';

describe('unsafe URLs are never rendered', () => {
  it.each(['javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>'])(
    'forgotPasswordUrl %j: no link',
    async (forgotPasswordUrl) => {
      const { container, client } = renderFlow({ forgotPasswordUrl });
      await credentialsReady();
      // The link arrives with the wizard's options: let the wizard answer first.
      await waitFor(() => expect(client.count('wizard')).toBe(1));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(screen.queryByRole('link', { name: 'Forgot password?' })).toBeNull();
      expect(container.innerHTML.toLowerCase()).not.toContain('script:');
    },
  );

  it('forgotPasswordUrl with a handler keeps the link, without the unsafe href', async () => {
    renderFlow({ forgotPasswordUrl: 'javascript:alert(1)', onForgotPassword: () => {} });
    await credentialsReady();
    expect(await screen.findByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '#');
  });

  it('a safe forgotPasswordUrl is kept', async () => {
    renderFlow({ forgotPasswordUrl: 'https://broker.example/forgot' });
    await credentialsReady();
    expect(await screen.findByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', 'https://broker.example/forgot');
  });

  it('a hand-built theme with a javascript: logo renders no image', () => {
    const base = createTheme({ logo: { src: '/logo.svg', alt: 'Acme' } });
    const forged = { ...base, logo: { src: 'javascript:alert(1)', alt: 'Acme' } } as Theme;
    const { container } = render(<BrandLogo theme={forged} />);
    expect(container.querySelector('img')).toBeNull();
    render(<BrandLogo theme={base} />);
    expect(screen.getByRole('img', { name: 'Acme' })).toHaveAttribute('src', '/logo.svg');
  });
});
