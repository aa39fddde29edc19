/**
 * The first check on any untyped value (a JSON body, a stored record, a message from another
 * tab): an object whose properties can be read, and not an array (`[]` is an object to
 * `typeof`, but never a record anyone sent on purpose).
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
