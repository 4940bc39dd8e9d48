/**
 * A small JSON Schema validator for the keywords our published schemas use: type
 * (including lists of types), const, enum, required, properties, additionalProperties:
 * false, items, minLength, pattern and format "uri". Returns readable errors with a
 * JSON pointer, or [] when the value is valid. Unknown keywords are an error, so a schema
 * cannot silently use more than this checks.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minLength',
  'pattern',
  'format',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

export function validate(schema: Schema, value: unknown, path = ''): string[] {
  const at = path || '/';
  const errors: string[] = [];
  for (const key of Object.keys(schema))
    if (!KNOWN.has(key)) throw new Error(`json-schema.ts does not support the keyword "${key}" (at ${at})`);
  if (schema.type !== undefined) {
    const types = ([] as string[]).concat(schema.type as string | string[]);
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
      return [`${at}: must be of type ${types.join(' or ')}, is ${actual}`];
    }
  }
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value))
    errors.push(`${at}: must be ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
    errors.push(`${at}: must be one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${at}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${at}: does not match ${schema.pattern}`);
    if (schema.format === 'uri' && !URL.canParse(value)) errors.push(`${at}: is not a URI`);
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? [])
      if (!(key in object)) errors.push(`${at}: missing required property "${key}"`);
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, child] of Object.entries(object)) {
      if (properties[key]) errors.push(...validate(properties[key], child, `${path}/${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unknown property "${key}"`);
    }
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, `${path}/${i}`)));
  return errors;
}
