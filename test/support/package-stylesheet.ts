/**
 * Browser tests: puts the package stylesheet on the page once, as a host's
 * `import 'b2core-sign-in/styles.css'` does (the components render no `<style>` of their own).
 * The text is the same file dist/styles.css is built from, tokens included.
 */
import stylesheet from '../../src/theme/styles.css?inline';

/** Adds the stylesheet to `<head>`; returns the function that takes it off again. */
export function linkPackageStylesheet(): () => void {
  const element = document.createElement('style');
  element.setAttribute('data-test-stylesheet', 'b2core-sign-in');
  element.textContent = stylesheet;
  document.head.append(element);
  return () => element.remove();
}
