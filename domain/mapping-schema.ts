import { z } from 'zod';
import { COLUMN_FIELDS, type ColumnMapping } from './mapping.js';

/** A mapping as the API, a profile or `--mapping FILE` gives it. */
export const ColumnMappingSchema: z.ZodType<ColumnMapping, unknown> = z.object({
  columns: z.record(z.string().min(1).max(300), z.enum(COLUMN_FIELDS).nullable()).default({}),
  values: z.record(z.string().max(40), z.record(z.string().min(1).max(300), z.union([z.string().max(64), z.number().int()]))).default({}),
});
