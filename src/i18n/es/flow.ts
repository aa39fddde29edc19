/** es messages of the flow area. Placeholders in braces, e.g. {seconds}. */
export const flow = {
} as const;
