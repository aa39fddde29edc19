import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';

/** One issue of a Standard Schema result (the part a form needs). */
interface SchemaIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

type SchemaResult<T> = { readonly value: T; readonly issues?: undefined } | { readonly issues: ReadonlyArray<SchemaIssue> };

/** Any Standard Schema (zod, zod/mini, valibot…) whose output is the form's values. */
export interface FormSchema<T> {
  readonly '~standard': { validate(value: unknown): SchemaResult<T> | Promise<SchemaResult<T>> };
}

/**
 * A react-hook-form resolver over a Standard Schema, for our flat forms (one level of fields).
 * It does what `@hookform/resolvers/standard-schema` did for them, in a few lines instead of
 * ≈1.4 KiB gzip in the first load: the first message per field (a catalog key, translated
 * where it is shown), issues without a path under `root`, and each error's `ref` so
 * react-hook-form can focus the first invalid field.
 *
 * @example
 * const schema = z.object({ code: z.string().check(z.regex(/^\d{6}$/, 'validation.codeInvalid')) });
 * const form = useForm<z.infer<typeof schema>>({ resolver: schemaResolver(schema) });
 */
export function schemaResolver<T extends FieldValues>(schema: FormSchema<T>): Resolver<T> {
  return async (values, _context, options) => {
    const result = await schema['~standard'].validate(values);
    if (!result.issues) return { values: result.value, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.issues) {
      const segment = issue.path?.[0];
      const name = String((typeof segment === 'object' ? segment.key : segment) ?? 'root');
      // The first issue of a field is the one shown (the schema lists them in check order).
      if (errors[name]) continue;
      const field = options.fields[name];
      errors[name] = { type: 'validate', message: issue.message, ...(field?.ref ? { ref: field.ref } : {}) };
    }
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}

/**
 * {@link schemaResolver} over a schema loaded on first use (an `import()`), so the schema and
 * zod leave the first load. `preload()` fetches it ahead (idle time). If the chunk cannot be
 * loaded, the values pass unchecked: the server validates them anyway, and the request then
 * meets the same network failure and reports it; the next submit tries the chunk again.
 */
export function lazySchemaResolver<T extends FieldValues>(load: () => Promise<FormSchema<T>>): Resolver<T> & { preload(): Promise<Resolver<T>> } {
  let loading: Promise<Resolver<T>> | undefined;
  const preload = () =>
    (loading ??= load().then(schemaResolver, (error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const resolver: Resolver<T> = async (values, context, options) => {
    const resolve = await preload().catch(() => null);
    return resolve ? resolve(values, context, options) : { values, errors: {} };
  };
  return Object.assign(resolver, { preload });
}
