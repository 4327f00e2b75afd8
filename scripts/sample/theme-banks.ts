// All sixteen theme banks, in the order of the contract's theme list.
import { THEME_IDS } from '#domain/facets.js';
import type { ThemeBank } from './theme-bank.js';
import { CARE_THEMES } from './themes-care.js';
import { LIFE_THEMES } from './themes-life.js';
import { PEOPLE_THEMES } from './themes-people.js';
import { PLANET_THEMES } from './themes-planet.js';

const byTheme = new Map([...PEOPLE_THEMES, ...CARE_THEMES, ...PLANET_THEMES, ...LIFE_THEMES].map((b) => [b.theme, b]));

export const THEME_BANKS: readonly ThemeBank[] = THEME_IDS.map((id) => {
  const bank = byTheme.get(id);
  if (!bank) throw new Error(`no word bank for theme ${id}`);
  return bank;
});
