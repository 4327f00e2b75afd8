// The shape of a theme's word bank: titles, publics and sentences the builder combines.
import type { ThemeId } from '#domain/facets.js';

/** A title, alone or with the SDGs it specifically brings (`['Protection des herbiers marins', 14]`). */
export type TitleTemplate = string | readonly [string, ...number[]];

export interface ThemeBank {
  readonly theme: ThemeId;
  /** The SDGs this theme usually serves, most typical first. */
  readonly sdgs: readonly number[];
  readonly related: readonly ThemeId[];
  /** `{public}` takes one of `publics`; `{public:a|b}` one of the listed phrases (plural noun phrases without article). */
  readonly titles: readonly TitleTemplate[];
  readonly publics: readonly string[];
  /** `{public}`, `{place}` ("en Isère") are filled in. */
  readonly summaries: readonly string[];
  readonly actions: readonly string[];
  /** `{n}` 60–480, `{m}` 8–55, `{k}` 3–14, `{p}` 35–88 (percent), `{e}` 15–250 (thousands of euros). */
  readonly results: readonly string[];
}
