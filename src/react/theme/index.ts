// The React side of theming. Contract with the flow: the root renders
// `<div data-part="root" dir={dir} style={themeStyle(theme)} data-unstyled={unstyled ? '' : undefined}>`;
// everything else is the package stylesheet (`b2core-sign-in/styles.css`, linked by the host).
export { themeStyle } from './theme-style';
export { ThemeRoot, type ThemeRootProps } from './theme-root';
export { BrandLogo, type BrandLogoProps } from './brand-logo';
export { ThemeLogoContext } from './theme-logo-context';
export type { SignInSlots } from './slots';
