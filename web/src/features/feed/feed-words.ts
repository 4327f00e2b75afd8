import { messages, type Lang } from '../../lib/prefs';

const fr = {
  follow: 'Suivre cette recherche',
  what: 'Un flux Atom : ajoutez ce lien à votre lecteur de flux (Thunderbird, Feedly, Inoreader…) pour voir arriver les nouveaux exemples de cette recherche.',
  link: 'Lien du flux de cette recherche',
  copy: 'Copier le lien',
  copied: 'Lien copié !',
  open: 'Ouvrir le flux',
  title: 'Nouveaux exemples de cette recherche (Atom)',
  titleAll: 'Nouveaux exemples de toute la base (Atom)',
  baseFeed: 'flux Atom de toute la base',
  base: 'Toute la base : paquet de données (zip{size}{date})',
  baseDate: ', données du {date}',
  openData: 'Données ouvertes :',
};
const en: Record<keyof typeof fr, string> = {
  follow: 'Follow this search',
  what: 'An Atom feed: add this link to your feed reader (Thunderbird, Feedly, Inoreader…) to see this search’s new examples as they arrive.',
  link: 'Link of this search’s feed',
  copy: 'Copy link',
  copied: 'Link copied!',
  open: 'Open the feed',
  title: 'New examples of this search (Atom)',
  titleAll: 'New examples of the whole base (Atom)',
  baseFeed: 'Atom feed of the whole base',
  base: 'The whole base: data package (zip{size}{date})',
  baseDate: ', data of {date}',
  openData: 'Open data:',
};

export type FeedWord = keyof typeof fr;
export const feedWords = (lang: Lang) => messages<FeedWord>({ fr, en }, lang);
