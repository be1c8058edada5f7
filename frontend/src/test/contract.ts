import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The codes of an enum as the generated schema.d.ts spells them (`Name: "A" | "B";`), for label tests. */
export function generatedEnum(name: string): string[] {
  const schema = readFileSync(resolve(__dirname, '../api/schema.d.ts'), 'utf8');
  const match = new RegExp(`^\\s+${name}: ((?:"[A-Z_]+"(?: \\| )?)+);$`, 'm').exec(schema);
  if (!match?.[1]) throw new Error(`no enum ${name} in schema.d.ts`);
  return [...match[1].matchAll(/"([A-Z_]+)"/g)].map((m) => m[1] as string);
}
