// Small French grammar helpers for place names ("de Rennes", "du Mans", "d’Angers", "au Havre").
const ELIDES = /^[AEIOUYÂÉÈÊÎÔŒaeiouyâéèêîôœ]|^Hy/;

/** "de Rennes", "du Mans", "des Abymes", "d’Angers". */
export function ofCity(city: string): string {
  if (city.startsWith('Le ')) return `du ${city.slice(3)}`;
  if (city.startsWith('Les ')) return `des ${city.slice(4)}`;
  return ELIDES.test(city) ? `d’${city}` : `de ${city}`;
}

/** "à Rennes", "au Mans", "aux Abymes". */
export function atCity(city: string): string {
  if (city.startsWith('Le ')) return `au ${city.slice(3)}`;
  if (city.startsWith('Les ')) return `aux ${city.slice(4)}`;
  return `à ${city}`;
}

/** Upper-cases the first letter of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A web-safe slug for invented domain names. */
export function domainSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .toLowerCase()
    .replace(/\b(de|du|des|la|le|les|et|d|l)\b/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 3)
    .join('-');
}

const NO_ARTICLE = /^(France Travail|Pôle emploi|Sorbonne Université|Nantes Université|Aix-Marseille Université|Avignon Université|La Rochelle Université|Le Mans Université|CY )/;
const ARTICLES: readonly (readonly [RegExp, string])[] = [
  [/^(Ville|Région|Préfecture|Mission locale|Banque|Communauté|Collectivité|Fondation|Direction|CAF|CPAM|Régie|SCOP|Métropole)\b/, 'la '],
  [/^(Eurométropole)\b/, 'l’'],
  [/^(Conseil|Centre|Lycée|Collège|Groupe|Collectif|CCAS|Département|Fonds)\b/, 'le '],
  [/^(Université|IUT|ARS|ADEME|ANPE|Association)\b/, 'l’'],
];
const BY_TYPE: Readonly<Record<string, string>> = { association: 'l’association ', entreprise: 'l’entreprise ', fondation: 'la fondation ', citoyens: 'le collectif ' };

/** How a sentence names a party: "la Région Bretagne", "l’association Passerelles", "France Travail". */
export function refOf(party: { readonly name: string; readonly type: string }): string {
  if (NO_ARTICLE.test(party.name)) return party.name;
  for (const [pattern, article] of ARTICLES) if (pattern.test(party.name)) return article + party.name;
  return (BY_TYPE[party.type] ?? '') + party.name;
}

/** "de" before a reference, contracted: "du Conseil…", "de la Région…", "de l’association…". */
export function ofRef(ref: string): string {
  if (ref.startsWith('le ')) return `du ${ref.slice(3)}`;
  if (ref.startsWith('les ')) return `des ${ref.slice(4)}`;
  return ELIDES.test(ref) ? `d’${ref}` : `de ${ref}`;
}
