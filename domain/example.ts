import { z } from 'zod';
import { ACTOR_TYPE_IDS, MODE_IDS, SCALE_IDS, STATUS_IDS, THEME_IDS } from './facets.js';
import { REGION_IDS } from './regions.js';
import { DEPARTMENTS } from './departments.js';

// The canonical document of data-format.md §3: what the index holds and the API returns.
export const RegionIdSchema = z.enum(REGION_IDS);
export const DepartmentCodeSchema = z.enum(DEPARTMENTS.map((d) => d.code) as [string, ...string[]]);
export const SdgIdSchema = z.number().int().min(1).max(17);
export const ActorTypeIdSchema = z.enum(ACTOR_TYPE_IDS);
export const ThemeIdSchema = z.enum(THEME_IDS);
export const ModeIdSchema = z.enum(MODE_IDS);
export const ScaleIdSchema = z.enum(SCALE_IDS);
export const StatusIdSchema = z.enum(STATUS_IDS);

export const ExampleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'lettres, chiffres, _ ou -, 64 au plus');

export const PartySchema = z.object({
  name: z.string().min(1).max(300),
  type: ActorTypeIdSchema.optional(),
});

/** Latest accepted start year: next year (projects announced for the coming year). */
export const maxYear = (now = new Date()): number => now.getUTCFullYear() + 1;

export const ExampleSchema = z.object({
  id: ExampleIdSchema,
  title: z.string().min(1).max(300),
  summary: z.string().max(2_000),
  description: z.string().max(20_000),
  results: z.string().max(5_000),
  lead: PartySchema.optional(),
  partners: z.array(PartySchema),
  actorTypes: z.array(ActorTypeIdSchema),
  regions: z.array(RegionIdSchema),
  departments: z.array(DepartmentCodeSchema),
  city: z.string().max(200).optional(),
  scale: ScaleIdSchema.optional(),
  sdgs: z.array(SdgIdSchema).refine((a) => a.every((n, i) => i === 0 || a[i - 1]! < n), 'triés et distincts'),
  themes: z.array(ThemeIdSchema),
  mode: ModeIdSchema.optional(),
  year: z.number().int().min(1950).refine((y) => y <= maxYear(), `au plus l'an prochain`).optional(),
  status: StatusIdSchema.optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  updatedAt: z.iso.date().optional(),
  unmapped: z.array(z.object({ field: z.string(), value: z.string() })),
  source: z.object({ file: z.string(), line: z.number().int().min(1) }),
});

export type Example = z.infer<typeof ExampleSchema>;
export type Party = z.infer<typeof PartySchema>;
