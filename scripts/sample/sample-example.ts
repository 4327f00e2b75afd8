// One generated example, in canonical ids: what every dialect writer renders in its own messy way.
import type { ActorTypeId, AudienceId, ModeId, ScaleId, StatusId, ThemeId } from '#domain/facets.js';
import type { RegionId } from '#domain/regions.js';
import type { Party } from './partners.js';

export interface SampleExample {
  id: string;
  title: string;
  summary: string;
  /** Paragraphs separated by a blank line. */
  description: string;
  /** One result a line. */
  results: string;
  lead: Party;
  partners: Party[];
  actorTypes: ActorTypeId[];
  regions: RegionId[];
  departments: string[];
  city?: string;
  scale: ScaleId;
  sdgs: number[];
  themes: ThemeId[];
  /** Who it serves, read from its public phrase. */
  audiences: AudienceId[];
  mode: ModeId;
  /** Absent when not known (the showcase examples). */
  year?: number;
  /** ISO start date inside `year`, for dialects that write full dates. */
  startDate?: string;
  status?: StatusId;
  website?: string;
  /** ISO date. */
  updatedAt: string;
}
