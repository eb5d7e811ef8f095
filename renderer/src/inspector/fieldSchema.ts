import { z } from 'zod';

/**
 * The schema of one property of a model record, as the inspector reads it: for its range and to
 * check a value typed into its field. The model's schemas are built with zod's mini API, so they
 * are read through zod's core (their definitions), which every zod schema shares.
 */
export type FieldSchema = z.core.$ZodType;

type Wrapper = z.core.$ZodOptionalDef | z.core.$ZodDefaultDef | z.core.$ZodPrefaultDef | z.core.$ZodNullableDef;

/** Wrappers that add no rule of their own to the value they hold. */
function isWrapper(def: z.core.$ZodTypeDef): def is Wrapper {
  return def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable';
}

/** The schema inside optional, default, prefault and nullable wrappers. */
export function unwrapField(schema: FieldSchema | undefined): FieldSchema | undefined {
  let current = schema;
  while (current && isWrapper(current._zod.def)) current = current._zod.def.innerType;
  return current;
}

/** The properties of an object schema (inside its wrappers), or undefined when it is not one. */
export function fieldShape(schema: FieldSchema | undefined): Readonly<Record<string, FieldSchema>> | undefined {
  const inner = unwrapField(schema);
  return inner?._zod.def.type === 'object' ? (inner._zod.def as z.core.$ZodObjectDef).shape : undefined;
}

/** Whether the value passes the property's schema. */
export function accepts(schema: FieldSchema, value: unknown): boolean {
  return z.safeParse(schema, value).success;
}
