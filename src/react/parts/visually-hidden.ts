/**
 * Inline style of the polite live regions: readable by screen readers, invisible, and kept
 * inline (not in the stylesheet) so it holds even when the flow is `unstyled`.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  // No negative margin: in a right-to-left page it would stick out past the edge (horizontal scroll at 320 px).
  margin: 0,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
