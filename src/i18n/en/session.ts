/** en messages of the session area. Placeholders in braces, e.g. {seconds}. */
export const session = {
} as const;
