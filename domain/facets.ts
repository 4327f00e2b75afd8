// Closed vocabularies of data-format.md §2; aliases are the forms real exports use besides id and labels.
export interface Term<Id extends string | number = string | number> {
  readonly id: Id;
  readonly label: string;
  readonly labelEn: string;
  readonly aliases: readonly string[];
  /** The value's own colour, where it has one (the SDGs' official colours). */
  readonly color?: string;
  /** How an organisation's name starts when it is of this type (`Ville de …` → collectivité): its type, inferred. */
  readonly nameStarts?: readonly string[];
}

export const ACTOR_TYPES = [
  { id: 'association', label: 'Associations', labelEn: 'Non-profits', aliases: ['Asso', 'Associatif', 'Secteur associatif', 'ONG', 'Tiers secteur', 'Structure de l\'ESS'], nameStarts: ['Association', 'Fédération', 'Ligue de', 'Amicale'] },
  { id: 'entreprise', label: 'Entreprises', labelEn: 'Companies', aliases: ['Entreprise privée', 'Société', 'PME', 'TPE', 'ETI', 'Grande entreprise', 'Grand groupe', 'Secteur privé', 'Acteur économique', 'Acteurs économiques', 'Business'], nameStarts: ['Entreprise', 'Société', 'SAS', 'SARL', 'SCOP'] },
  { id: 'collectivite', label: 'Collectivités territoriales', labelEn: 'Local authorities', aliases: ['Collectivité', 'Collectivité locale', 'Commune', 'Mairie', 'Ville', 'Intercommunalité', 'EPCI', 'Métropole', 'Communauté de communes', 'Communauté d\'agglomération', 'Conseil départemental', 'Département', 'Conseil régional', 'Région', 'Local authority', 'Local government'], nameStarts: ['Ville de', 'Ville d\'', 'Mairie de', 'Mairie d\'', 'Commune de', 'Commune d\'', 'Communauté d\'agglomération', 'Communauté de communes', 'Communauté urbaine', 'Métropole', 'Eurométropole', 'Conseil départemental', 'Département de', 'Département du', 'Département des', 'Conseil régional', 'Région', 'CCAS'] },
  { id: 'fondation', label: 'Fondations', labelEn: 'Foundations', aliases: ['Fondation d\'entreprise', 'Fonds de dotation', 'Foundation'], nameStarts: ['Fondation', 'Fonds de dotation'] },
  { id: 'etat', label: 'Services de l\'État', labelEn: 'State services', aliases: ['État', 'Etat', 'Service de l\'État', 'Services déconcentrés', 'Préfecture', 'Établissement public', 'Etablissements publics', 'Opérateur public', 'Administration', 'Pouvoirs publics', 'State', 'Government', 'Public body'], nameStarts: ['Préfecture', 'Ministère', 'Direction régionale', 'Direction départementale', 'Rectorat'] },
  { id: 'academique', label: 'Acteurs académiques', labelEn: 'Academia', aliases: ['Académique', 'Université', 'Universités', 'École', 'Grande école', 'Laboratoire', 'Recherche', 'Enseignement supérieur', 'Enseignement et recherche', 'Établissement scolaire', 'Lycée', 'Collège', 'University', 'Research'], nameStarts: ['Université', 'École', 'Lycée', 'Collège', 'IUT', 'Institut universitaire', 'Laboratoire', 'CNRS'] },
  { id: 'citoyens', label: 'Citoyens', labelEn: 'Citizens', aliases: ['Citoyen', 'Habitants', 'Collectif citoyen', 'Collectif d\'habitants', 'Bénévoles', 'Société civile', 'Citizen', 'Residents'], nameStarts: ['Collectif d\'habitants', 'Collectif citoyen', 'Conseil citoyen'] },
] as const satisfies readonly Term<string>[];

export const THEMES = [
  { id: 'education', label: 'Éducation', labelEn: 'Education', aliases: ['Enseignement', 'Formation', 'Réussite éducative'] },
  { id: 'emploi-insertion', label: 'Emploi et insertion', labelEn: 'Employment and integration', aliases: ['Emploi', 'Insertion', 'Insertion professionnelle', 'IAE', 'Employment'] },
  { id: 'sante', label: 'Santé', labelEn: 'Health', aliases: ['Santé et bien-être', 'Bien-être', 'Médico-social', 'Health'] },
  { id: 'environnement', label: 'Environnement et biodiversité', labelEn: 'Environment and biodiversity', aliases: ['Environnement', 'Biodiversité', 'Écologie', 'Transition écologique', 'Développement durable', 'Environment'] },
  { id: 'alimentation-agriculture', label: 'Alimentation et agriculture', labelEn: 'Food and agriculture', aliases: ['Alimentation', 'Agriculture', 'Agriculture durable', 'Circuits courts', 'Food'] },
  { id: 'culture-patrimoine', label: 'Culture et patrimoine', labelEn: 'Culture and heritage', aliases: ['Culture', 'Patrimoine', 'Arts'] },
  { id: 'sport', label: 'Sport', labelEn: 'Sport', aliases: ['Sports', 'Activité physique', 'Sport et santé'] },
  { id: 'numerique', label: 'Numérique', labelEn: 'Digital', aliases: ['Inclusion numérique', 'Digital', 'Numérique responsable', 'Tech'] },
  { id: 'mobilite', label: 'Mobilité', labelEn: 'Mobility', aliases: ['Mobilités', 'Transport', 'Transports', 'Mobility'] },
  { id: 'logement', label: 'Logement', labelEn: 'Housing', aliases: ['Habitat', 'Hébergement', 'Housing'] },
  { id: 'solidarite-precarite', label: 'Solidarité et lutte contre la précarité', labelEn: 'Solidarity and fighting poverty', aliases: ['Solidarité', 'Précarité', 'Lutte contre la pauvreté', 'Pauvreté', 'Exclusion', 'Solidarity'] },
  { id: 'jeunesse', label: 'Jeunesse', labelEn: 'Youth', aliases: ['Jeunes', 'Enfance', 'Enfance et jeunesse', 'Youth'] },
  { id: 'handicap-inclusion', label: 'Handicap et inclusion', labelEn: 'Disability and inclusion', aliases: ['Handicap', 'Inclusion', 'Accessibilité', 'Disability'] },
  { id: 'energie-climat', label: 'Énergie et climat', labelEn: 'Energy and climate', aliases: ['Énergie', 'Climat', 'Transition énergétique', 'Rénovation énergétique', 'Energy', 'Climate'] },
  { id: 'economie-locale', label: 'Développement économique local', labelEn: 'Local economic development', aliases: ['Économie locale', 'Développement économique', 'Développement local', 'Économie circulaire', 'Entrepreneuriat', 'Territoires', 'Développement territorial', 'Dynamiques territoriales', 'Local economy'] },
  { id: 'citoyennete-engagement', label: 'Citoyenneté et engagement', labelEn: 'Citizenship and engagement', aliases: ['Citoyenneté', 'Engagement', 'Bénévolat', 'Engagement citoyen', 'Démocratie participative', 'Vie associative', 'Citizenship'] },
] as const satisfies readonly Term<string>[];

export const MODES = [
  { id: 'mecenat', label: 'Mécénat', labelEn: 'Corporate philanthropy', aliases: ['Mécénat financier', 'Mécénat de compétences', 'Mécénat en nature', 'Philanthropie', 'Sponsoring', 'Philanthropy'] },
  { id: 'pratiques-responsables', label: 'Pratiques responsables', labelEn: 'Responsible practices', aliases: ['Pratique responsable', 'RSE', 'Responsible practices'] },
  { id: 'cooperation-economique', label: 'Coopération économique', labelEn: 'Economic cooperation', aliases: ['Coopération', 'Coopérations économiques', 'Economic cooperation'] },
  { id: 'innovation-societale', label: 'Innovation sociétale', labelEn: 'Societal innovation', aliases: ['Innovation sociale', 'Innovation', 'Social innovation'] },
] as const satisfies readonly Term<string>[];

export const SCALES = [
  { id: 'local', label: 'Locale', labelEn: 'Local', aliases: ['Communale', 'Quartier', 'Intercommunale', 'Territoriale'] },
  { id: 'departemental', label: 'Départementale', labelEn: 'Departmental', aliases: ['Départemental', 'Département'] },
  { id: 'regional', label: 'Régionale', labelEn: 'Regional', aliases: ['Régional', 'Région'] },
  { id: 'national', label: 'Nationale', labelEn: 'National', aliases: ['National', 'France entière'] },
  { id: 'international', label: 'Internationale', labelEn: 'International', aliases: ['International', 'Européenne', 'Europe'] },
] as const satisfies readonly Term<string>[];

export const STATUSES = [
  { id: 'en-cours', label: 'En cours', labelEn: 'Ongoing', aliases: ['Actif', 'Active', 'En activité', 'Ongoing', 'In progress'] },
  { id: 'termine', label: 'Terminé', labelEn: 'Completed', aliases: ['Terminée', 'Achevé', 'Clos', 'Fini', 'Completed', 'Finished', 'Closed'] },
] as const satisfies readonly Term<string>[];

export const AUDIENCES = [
  { id: 'jeunes', label: 'Jeunes', labelEn: 'Young people', aliases: ['Jeune', 'Jeunes en insertion', 'Jeunes adultes', 'Adolescents', 'Étudiants', 'Étudiants précaires', 'Lycéens', 'Apprentis', '16-25 ans', 'Young people', 'Youth', 'Students'] },
  { id: 'enfants-familles', label: 'Enfants et familles', labelEn: 'Children and families', aliases: ['Enfants', 'Familles', 'Parents', 'Parentalité', 'Familles monoparentales', 'Élèves', 'Écoliers', 'Collégiens', 'Petite enfance', 'Children', 'Families'] },
  { id: 'seniors', label: 'Personnes âgées', labelEn: 'Older people', aliases: ['Seniors', 'Séniors', 'Aînés', 'Personnes âgées isolées', 'Retraités', 'Résidents d\'EHPAD', 'Older people', 'Elderly'] },
  { id: 'personnes-handicapees', label: 'Personnes en situation de handicap', labelEn: 'People with disabilities', aliases: ['Personnes handicapées', 'Personnes porteuses de handicap', 'Travailleurs handicapés', 'Aidants', 'People with disabilities', 'Disabled people'] },
  { id: 'demandeurs-emploi', label: 'Demandeurs d\'emploi', labelEn: 'Jobseekers', aliases: ['Demandeur d\'emploi', 'Chômeurs', 'Personnes éloignées de l\'emploi', 'Chômeurs de longue durée', 'Salariés en insertion', 'Jobseekers', 'Job seekers', 'Unemployed'] },
  { id: 'personnes-precaires', label: 'Personnes en précarité', labelEn: 'People in poverty', aliases: ['Personnes précaires', 'Publics précaires', 'Personnes en situation de précarité', 'Personnes sans domicile', 'Sans-abri', 'Ménages modestes', 'Ménages surendettés', 'Travailleurs pauvres', 'Bénéficiaires du RSA', 'Réfugiés', 'People in poverty', 'Low-income households', 'Homeless people'] },
  { id: 'habitants-quartiers', label: 'Habitants des quartiers prioritaires', labelEn: 'Residents of priority neighbourhoods', aliases: ['Quartiers prioritaires', 'Habitants des quartiers', 'Habitants des QPV', 'QPV', 'Quartiers populaires', 'Quartiers politique de la ville', 'Residents of priority neighbourhoods'] },
  { id: 'ruraux-agriculteurs', label: 'Habitants des territoires ruraux', labelEn: 'Rural residents', aliases: ['Ruraux', 'Habitants des zones rurales', 'Monde rural', 'Territoires ruraux', 'Agriculteurs', 'Exploitants agricoles', 'Rural residents', 'Farmers'] },
  { id: 'salaries-entreprises', label: 'Salariés et entreprises', labelEn: 'Employees and companies', aliases: ['Salariés', 'Collaborateurs', 'Employés', 'Dirigeants', 'Employees', 'Staff'] },
  { id: 'grand-public', label: 'Grand public', labelEn: 'General public', aliases: ['Tout public', 'Tous publics', 'Tous les habitants', 'Habitants', 'General public', 'Everyone'] },
] as const satisfies readonly Term<string>[];

type IdOf<T extends readonly { id: string }[]> = T[number]['id'];
export type ActorTypeId = IdOf<typeof ACTOR_TYPES>;
export type ThemeId = IdOf<typeof THEMES>;
export type ModeId = IdOf<typeof MODES>;
export type ScaleId = IdOf<typeof SCALES>;
export type StatusId = IdOf<typeof STATUSES>;
export type AudienceId = IdOf<typeof AUDIENCES>;

/** Ids as tuples, for z.enum. */
export const ACTOR_TYPE_IDS = ACTOR_TYPES.map((t) => t.id) as [ActorTypeId, ...ActorTypeId[]];
export const THEME_IDS = THEMES.map((t) => t.id) as [ThemeId, ...ThemeId[]];
export const MODE_IDS = MODES.map((t) => t.id) as [ModeId, ...ModeId[]];
export const SCALE_IDS = SCALES.map((t) => t.id) as [ScaleId, ...ScaleId[]];
export const STATUS_IDS = STATUSES.map((t) => t.id) as [StatusId, ...StatusId[]];
export const AUDIENCE_IDS = AUDIENCES.map((t) => t.id) as [AudienceId, ...AudienceId[]];
