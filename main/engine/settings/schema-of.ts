// Ties a JSON schema to the TypeScript interface it describes (model/settings.ts is the one
// description of a practice's fields; settings/schema.ts is built against it), so a field cannot
// be added to one and forgotten in the other: the schema's properties and its `required` list
// fail to compile when they miss a field of the interface, name one it does not have, or give
// it another type. The IPC guard (app-service/arg-guards.ts) reads its field list from the
// schema, so it follows too.

/** The JSON schema `type` a field of this TypeScript type is written as. */
type JsonTypeOf<T> = [T] extends [boolean]
  ? 'boolean'
  : [T] extends [number]
    ? 'integer' | 'number'
    : [T] extends [string]
      ? 'string'
      : [T] extends [readonly unknown[]]
        ? 'array'
        : 'object';

/** One property schema per field of T, of that field's type (other keywords free). */
export type PropertiesOf<T> = {
  readonly [K in keyof T]-?: {
    readonly type: JsonTypeOf<Exclude<T[K], undefined>>;
    readonly [keyword: string]: unknown;
  };
};

/** The fields of T that are not optional: what the schema's `required` lists. */
export type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** `keys`, unchanged, checked to name every one of K (a field left out names itself in the
 *  error as `missing`); an extra or misspelt one is not a K. */
export function allOf<K extends string>() {
  return <const L extends readonly K[]>(
    keys: L & ([Exclude<K, L[number]>] extends [never] ? unknown : { missing: Exclude<K, L[number]> }),
  ): L => keys;
}
