import type { Feed } from '@rowanmanning/feed-parser/lib/feed/base.js';

// The structural rules of RFC 4287 (§4.1.1 atom:feed, §4.1.2 atom:entry, §3.3 dates, §4.2.6 ids) checked on the
// parsed document: what a feed validator reports as errors.
const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

type Element = NonNullable<ReturnType<Feed['element']['findElementWithName']>>;
const children = (el: Element, name: string) => el.children.filter((c): c is Element => typeof c !== 'string' && c.name === name);

/** The RFC 4287 violations of a parsed feed; an empty list when it is a valid Atom 1.0 document. */
export function atomProblems(feed: Feed): string[] {
  const problems: string[] = [];
  const root = feed.element;
  if (root.name !== 'feed' || root.namespaceUri !== ATOM) problems.push(`root is ${root.name} in ${root.namespaceUri}, not atom:feed`);
  const exactlyOne = (el: Element, name: string, where: string) => {
    const n = children(el, name).length;
    if (n !== 1) problems.push(`${where}: ${n} atom:${name} (exactly one required)`);
  };
  const checkCommon = (el: Element, where: string) => {
    for (const name of ['id', 'title', 'updated']) exactlyOne(el, name, where);
    const id = children(el, 'id')[0]?.textContent.trim() ?? '';
    if (!ABSOLUTE_IRI.test(id)) problems.push(`${where}: id « ${id} » is not an absolute IRI`);
    for (const name of ['updated', 'published']) for (const d of children(el, name)) if (!RFC3339.test(d.textContent.trim())) problems.push(`${where}: ${name} « ${d.textContent} » is not an RFC 3339 date`);
    const alternates = children(el, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    if (alternates.length > 1) problems.push(`${where}: several alternate links`);
    for (const l of children(el, 'link')) if (!l.getAttribute('href')) problems.push(`${where}: a link without href`);
    for (const c of children(el, 'category')) if (!c.getAttribute('term')) problems.push(`${where}: a category without term`);
    for (const a of children(el, 'author')) if (children(a, 'name').length !== 1) problems.push(`${where}: an author without exactly one name`);
  };
  checkCommon(root, 'feed');
  const entries = children(root, 'entry');
  const feedHasAuthor = children(root, 'author').length > 0;
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    checkCommon(entry, where);
    if (!feedHasAuthor && children(entry, 'author').length === 0) problems.push(`${where}: no author, and the feed has none`);
    if (children(entry, 'content').length === 0 && !children(entry, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')) problems.push(`${where}: neither content nor an alternate link`);
    const id = children(entry, 'id')[0]?.textContent.trim() ?? '';
    if (ids.has(id)) problems.push(`${where}: id ${id} repeated`);
    ids.add(id);
  });
  return problems;
}
