import { memo } from 'react';
// One source for the whole stylesheet: Vite inlines tokens.css into it as a string.
import stylesheet from '../../theme/styles.css?inline';

/** Props of {@link PackageStyles}. */
export interface PackageStylesProps {
  /** Render nothing: the host styles every part itself (or links `b2core-sign-in/styles.css`). */
  unstyled?: boolean;
}

/**
 * The package stylesheet as a plain `<style data-b2s-styles>` inside the root. A plain element
 * (not React 19's hoisted `<style precedence>`) works the same on React 18 and 19, on the
 * server and the client, and leaves the page when the root unmounts. Memoised: a theme change
 * never re-renders it.
 */
export const PackageStyles = memo(function PackageStyles({ unstyled = false }: PackageStylesProps) {
  if (unstyled) return null;
  // The CSS is a build-time constant of this package, never user input.
  return <style data-b2s-styles="" dangerouslySetInnerHTML={{ __html: stylesheet }} />;
});

/** The stylesheet text, for hosts that inject CSS themselves (e.g. into a shadow root). */
export const packageStylesheet: string = stylesheet;
