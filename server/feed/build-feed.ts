import { Feed } from 'feed';
import type { Example } from '#domain/example.js';
import { valuesOn } from '#domain/example-values.js';
import { REGION, SDG, THEME, valueLabel, type Lang } from '#domain/facet-registry.js';
import type { Filters } from '#domain/query.js';
import { DATASET_TITLE, LICENCE, PUBLISHER } from '../export/dataset-credits.js';
import { describeFilters, lineText } from '../export/describe-selection.js';
import { selectionLink } from '../export/selection-link.js';

// The Atom 1.0 feed of a search (api.md): its newest examples, each with a stable tag URI, its page, and a category per
// region, SDG and theme. Texts are plain: escaped before they become the entries' (type="html") title and summary.

const CATEGORY_FACETS = [REGION, SDG, THEME] as const;

/** The minting year of the feeds' tag URIs (RFC 4151): fixed, so ids never change. */
const TAG_DATE = '2026';

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The tag URI authority: the site's host name, without its port (RFC 4151 wants a DNS name). */
const authorityOf = (origin: string): string => new URL(origin).hostname;

/** An example's stable Atom id. */
export const entryId = (origin: string, id: string): string => `tag:${authorityOf(origin)},${TAG_DATE}:exemple/${id}`;

export interface FeedInput {
  filters: Filters;
  lang: Lang;
  examples: Example[];
  origin: string;
  /** The URL of the feed itself (rel="self"). */
  self: string;
  /** When the live data went live: the feed's date when no entry has one. */
  publishedAt: string | null;
}

/** The feed as Atom XML. */
export function buildFeed({ filters, lang, examples, origin, self, publishedAt }: FeedInput): string {
  const what = describeFilters(filters, lang).map((l) => lineText(l, lang)).join(' ; ');
  const dates = examples.map((e) => e.lastChanged ?? e.firstPublished).filter((d): d is string => !!d).sort();
  const feed = new Feed({
    id: `tag:${authorityOf(origin)},${TAG_DATE}:flux${self.includes('?') ? self.slice(self.indexOf('?')) : ''}`,
    title: `${DATASET_TITLE[lang]} — ${what || (lang === 'fr' ? 'toute la base' : 'the whole base')}`,
    description: lang === 'fr' ? 'Les exemples les plus récemment ajoutés ou modifiés de cette recherche.' : 'The most recently added or changed examples of this search.',
    link: selectionLink(origin, filters, { lang }),
    feed: self,
    updated: new Date(dates.at(-1) ?? publishedAt ?? Date.now()),
    author: { name: PUBLISHER[lang], link: origin },
    copyright: `${LICENCE.title[lang]} — ${LICENCE.path}`,
    generator: false,
  });
  for (const example of examples) {
    const page = `${origin}/exemples/${encodeURIComponent(example.id)}${lang === 'en' ? '?lang=en' : ''}`;
    feed.addItem({
      id: entryId(origin, example.id),
      title: escapeHtml(example.title),
      link: page,
      date: new Date(example.lastChanged ?? example.firstPublished ?? publishedAt ?? Date.now()),
      ...(example.firstPublished ? { published: new Date(example.firstPublished) } : {}),
      ...(example.summary ? { description: escapeHtml(example.summary) } : {}),
      category: CATEGORY_FACETS.flatMap((facet) =>
        valuesOn(example, facet).map((id) => ({ term: String(id), scheme: `${origin}/api/taxonomy#${facet.param}`, name: valueLabel(facet, id, lang, 'display') })),
      ),
    });
  }
  return feed.atom1();
}
