import { memo } from 'react';
import { renderToString } from 'react-dom/server';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BrandLogo, ThemeLogoContext, ThemeRoot, themeStyle } from '.';
import { createTheme, defaultTheme, presets } from '../../theme';

afterEach(cleanup);

describe('ThemeRoot and the stylesheet', () => {
  it('renders no <style>: hosts link b2core-sign-in/styles.css', () => {
    expect(renderToString(<ThemeRoot theme={presets.meadow}>x</ThemeRoot>)).not.toContain('<style');
    const { container } = render(<ThemeRoot theme={presets.meadow} />);
    expect(container.querySelector('style')).toBeNull();
  });

  it('`unstyled` marks the root data-unstyled (the stylesheet skips it); styled roots carry no such mark', () => {
    render(
      <>
        <ThemeRoot unstyled data-testid="bare" />
        <ThemeRoot data-testid="styled" />
      </>,
    );
    expect(screen.getByTestId('bare')).toHaveAttribute('data-unstyled', '');
    expect(screen.getByTestId('styled')).not.toHaveAttribute('data-unstyled');
  });
});

describe('ThemeRoot and themeStyle', () => {
  it('puts the theme’s variables on a data-part="root" element', () => {
    render(<ThemeRoot theme={presets.meadow} data-testid="root" dir="rtl" />);
    const root = screen.getByTestId('root');
    expect(root).toHaveAttribute('data-part', 'root');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root.style.getPropertyValue('--b2s-theme-radius')).toBe('14px');
    expect(root.style.getPropertyValue('--b2s-light-primary')).toBe('#15803d');
  });

  it('themeStyle keeps the theme’s identity; no theme, no style at all', () => {
    expect(themeStyle(presets.midnight)).toBe(themeStyle(presets.midnight));
    expect(themeStyle(presets.midnight)).toBe(presets.midnight.style);
    expect(themeStyle()).toBeUndefined();
    expect(themeStyle(defaultTheme)).toEqual({});
    // A root without a theme has no style attribute; host styles still apply.
    render(<ThemeRoot data-testid="plain" />);
    expect(screen.getByTestId('plain')).not.toHaveAttribute('style');
    cleanup();
    render(<ThemeRoot data-testid="hosted" style={{ padding: 4 }} />);
    expect(screen.getByTestId('hosted').getAttribute('style')).toBe('padding: 4px;');
  });

  it('a theme switch re-renders the root only: children stay put', () => {
    let childRenders = 0;
    const Child = memo(function Child() {
      childRenders += 1;
      return <p>content</p>;
    });
    const child = <Child />;
    const tree = (theme = presets.midnight) => (
      <ThemeRoot theme={theme} data-testid="root">
        {child}
      </ThemeRoot>
    );
    const { rerender } = render(tree());
    rerender(tree(presets.meadow));
    rerender(tree(createTheme({ colorScheme: 'dark' }, presets.meadow)));
    expect(childRenders).toBe(1);
    expect(screen.getByTestId('root').style.getPropertyValue('--b2s-theme-scheme')).toBe('dark');
  });
});

describe('BrandLogo', () => {
  it('shows the theme’s logo, a slot instead, or nothing', () => {
    const { rerender, container } = render(<BrandLogo theme={presets.midnight} />);
    expect(screen.getByRole('img', { name: 'Midnight Capital' })).toHaveAttribute('data-part', 'logo');
    rerender(<BrandLogo theme={presets.midnight} slot={<span>Acme</span>} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Acme')).toBeInTheDocument();
    rerender(<BrandLogo theme={presets.midnight} slot={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<BrandLogo theme={defaultTheme} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('inside a flow, shows the logo of the flow’s theme (its own context); a theme prop wins', () => {
    const { rerender, container } = render(
      <ThemeLogoContext.Provider value={presets.meadow.logo}>
        <BrandLogo />
      </ThemeLogoContext.Provider>,
    );
    expect(screen.getByRole('img', { name: 'Meadow Pay' })).toBeInTheDocument();
    rerender(
      <ThemeLogoContext.Provider value={presets.meadow.logo}>
        <BrandLogo theme={presets.midnight} />
      </ThemeLogoContext.Provider>,
    );
    expect(screen.getByRole('img', { name: 'Midnight Capital' })).toBeInTheDocument();
    rerender(<BrandLogo />);
    expect(container).toBeEmptyDOMElement();
  });
});
