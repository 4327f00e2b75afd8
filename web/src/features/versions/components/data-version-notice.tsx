import { useEffect } from 'react';
import { setLiveDataVersion } from '../../../lib/data-version';
import { messages, type Lang } from '../../../lib/prefs';
import type { SearchState } from '../../../lib/search-state';
import { buildHref, currentHref, navigate, parseHref } from '../../../lib/url-state';
import { useChangesSince, useLiveDataVersion } from '../api/get-changes';

const WORDS = {
  fr: {
    changed: 'Les données ont changé depuis ce lien : {added}, {changed}.',
    changedUnknown: 'Les données ont changé depuis ce lien (version {v}) ; les résultats sont ceux d’aujourd’hui.',
    added: '{n} exemple ajouté',
    addedMany: '{n} exemples ajoutés',
    modified: '{n} modifié',
    modifiedMany: '{n} modifiés',
    dismiss: 'Compris',
  },
  en: {
    changed: 'The data has changed since this link: {added}, {changed}.',
    changedUnknown: 'The data has changed since this link (version {v}); these are today’s results.',
    added: '{n} example added',
    addedMany: '{n} examples added',
    modified: '{n} changed',
    modifiedMany: '{n} changed',
    dismiss: 'Got it',
  },
};

/** Replaces the URL's `v` (the version a link was made on) without a new history entry. */
function withVersion(version: string): void {
  const { path, params } = parseHref(currentHref());
  params.set('v', version);
  navigate(buildHref(path, params), { replace: true });
}

/**
 * Learns the live data version and writes it into the URL, so a copied link says which data it was made on; opened on
 * newer data, such a link still shows its search, under a line saying how many of its examples were added or changed.
 */
export function DataVersionNotice({ state, version, lang }: { state: SearchState; version: string | null; lang: Lang }) {
  const w = messages(WORDS, lang);
  const live = useLiveDataVersion();
  const since = useChangesSince(state, version, live);
  useEffect(() => {
    setLiveDataVersion(live);
    if (live && !version) withVersion(live);
  }, [live, version]);
  if (!live || !since || since.dataVersion === live) return null;
  const text =
    since.added === null || since.changed === null
      ? w('changedUnknown', { v: since.dataVersion })
      : w('changed', { added: w(since.added > 1 ? 'addedMany' : 'added', { n: since.added }), changed: w(since.changed > 1 ? 'modifiedMany' : 'modified', { n: since.changed }) });
  return (
    <div className="banner banner--info version-notice">
      <p>{text}</p>
      <button type="button" className="btn" onClick={() => withVersion(live)}>
        {w('dismiss')}
      </button>
    </div>
  );
}
