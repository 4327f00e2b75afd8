// Demo searches for webinars: each is a URL, so it also works as a shared link. Checked to find examples in the sample
// base (tests/integration/ready-searches.test.ts), in both languages: they are filters, or French words.
export const READY_SEARCHES = [
  { fr: 'Cantines et circuits courts', en: 'Canteens and short supply chains', qs: 'q=cantine&theme=alimentation-agriculture' },
  { fr: 'Insertion professionnelle', en: 'Employment and integration', qs: 'theme=emploi-insertion' },
  { fr: 'Climat (ODD 13) en entreprise', en: 'Climate (SDG 13) with companies', qs: 'sdg=13&actorType=entreprise' },
  { fr: 'Outre-mer', en: 'Overseas', qs: 'region=guadeloupe&region=martinique&region=guyane&region=la-reunion&region=mayotte' },
  { fr: 'Numérique et jeunesse', en: 'Digital and youth', qs: 'theme=numerique&theme=jeunesse' },
  { fr: 'Les plus récents', en: 'Most recent', qs: 'sort=year:desc' },
] as const;

/** French words that find examples, each with its meaning, for the English interface's note (the base is in French). */
export const FRENCH_WORDS = [
  { fr: 'cantine', en: 'canteen' },
  { fr: 'insertion', en: 'employment' },
  { fr: 'Bretagne', en: 'Brittany' },
] as const;
