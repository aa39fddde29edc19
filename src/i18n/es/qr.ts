/** es messages of the qr area. Placeholders in braces, e.g. {seconds}. */
export const qr = {
} as const;
