// The React side of theming. Contract with the flow: the root renders
// `<div data-part="root" dir={dir} style={themeStyle(theme)}>` with `<PackageStyles unstyled={unstyled} />`
// inside; everything else is CSS.
export { PackageStyles, packageStylesheet, type PackageStylesProps } from './package-styles';
export { themeStyle } from './theme-style';
export { ThemeRoot, type ThemeRootProps } from './theme-root';
export { BrandLogo, type BrandLogoProps } from './brand-logo';
export type { SignInSlots } from './slots';
