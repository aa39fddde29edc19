import { memo } from 'react';
import { renderToString } from 'react-dom/server';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BrandLogo, PackageStyles, ThemeRoot, themeStyle } from '../../src/react/theme';
import { createTheme, defaultTheme, presets } from '../../src/theme';

afterEach(cleanup);

describe('PackageStyles', () => {
  it('renders nothing when unstyled', () => {
    expect(renderToString(<PackageStyles unstyled />)).toBe('');
    const { container } = render(<ThemeRoot unstyled />);
    expect(container.querySelector('style')).toBeNull();
  });

  it('is memoised, so a theme change never re-renders it', () => {
    expect((PackageStyles as unknown as { $$typeof: symbol }).$$typeof).toBe(Symbol.for('react.memo'));
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

  it('themeStyle keeps the theme’s identity and defaults to no variables', () => {
    expect(themeStyle(presets.midnight)).toBe(themeStyle(presets.midnight));
    expect(themeStyle()).toEqual({});
    expect(themeStyle(defaultTheme)).toEqual({});
  });

  it('a theme switch re-renders the root only: children and the stylesheet stay put', () => {
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
    const { rerender, container } = render(tree());
    const style = container.querySelector('style');
    rerender(tree(presets.meadow));
    rerender(tree(createTheme({ colorScheme: 'dark' }, presets.meadow)));
    expect(childRenders).toBe(1);
    expect(container.querySelector('style')).toBe(style);
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
});
