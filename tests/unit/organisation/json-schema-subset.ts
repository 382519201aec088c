/**
 * A deliberately independent reading of content/schemas/organisation.schema.json: a tiny checker for
 * the JSON Schema keywords that file uses. Tests compare its verdicts with the validator's, so the
 * documented schema and the enforcing code cannot drift apart. It refuses keywords it does not know,
 * so adding one to the schema forces a look at the validator too.
 */
export interface SchemaNode {
  readonly type?: 'object' | 'array' | 'string' | 'boolean';
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
}

const KNOWN_KEYWORDS = new Set([
  '$schema',
  'title',
  'description',
  'type',
  'properties',
  'additionalProperties',
  'required',
  'items',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
]);

/** Paths (validator notation: `contacts[1].phone`) where the value breaks the schema. */
export function schemaErrorPaths(schema: SchemaNode, value: unknown, path = ''): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN_KEYWORDS.has(keyword)) throw new Error(`json-schema-subset does not know "${keyword}"`);
  }
  const here = [path];
  switch (schema.type) {
    case 'boolean':
      return typeof value === 'boolean' ? [] : here;
    case 'string': {
      if (typeof value !== 'string') return here;
      const length = [...value].length;
      if (schema.minLength !== undefined && length < schema.minLength) return here;
      if (schema.maxLength !== undefined && length > schema.maxLength) return here;
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) return here;
      if (schema.enum !== undefined && !schema.enum.includes(value)) return here;
      return [];
    }
    case 'array': {
      if (!Array.isArray(value)) return here;
      if (schema.maxItems !== undefined && value.length > schema.maxItems) return here;
      const paths = value.flatMap((item, index) =>
        schema.items ? schemaErrorPaths(schema.items, item, `${path}[${index}]`) : [],
      );
      if (schema.uniqueItems) {
        const seen = new Set<string>();
        value.forEach((item, index) => {
          const key = JSON.stringify(item);
          if (seen.has(key)) paths.push(`${path}[${index}]`);
          seen.add(key);
        });
      }
      return paths;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return here;
      const record = value as Record<string, unknown>;
      const properties = schema.properties ?? {};
      const child = (key: string) => (path === '' ? key : `${path}.${key}`);
      const paths: string[] = [];
      for (const key of Object.keys(record)) {
        const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
        if (property) paths.push(...schemaErrorPaths(property, record[key], child(key)));
        else if (schema.additionalProperties === false) paths.push(child(key));
      }
      for (const key of schema.required ?? []) if (!Object.hasOwn(record, key)) paths.push(child(key));
      return paths;
    }
    default:
      throw new Error(`json-schema-subset: unsupported type ${String(schema.type)}`);
  }
}
