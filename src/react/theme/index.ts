// Placeholder: the theming helper replaces this file.
// Contract: `PackageStyles` renders the package stylesheet unless `unstyled`;
// `themeStyle(theme)` returns the CSS variables to put on the root element.
export function PackageStyles(_props: { unstyled?: boolean }): null {
  return null;
}
export function themeStyle(_theme: unknown): Record<string, string> {
  return {};
}
