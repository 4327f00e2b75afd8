import { labelOf, type Lang } from '../../../lib/prefs';
import { actorTypeSingular } from '../../../lib/facet-terms';
import type { Party } from '#domain/example.js';

/** One organisation with its type as a small badge in the singular: "Fondation Agir [Fondation]". */
export function PartyItem({ party, lang }: { party: Party; lang: Lang }) {
  return (
    <>
      <span className="party__name">{party.name}</span>
      {party.type ? (
        <>
          {' '}
          <span className="type-badge">{labelOf(actorTypeSingular(party.type), lang)}</span>
        </>
      ) : null}
    </>
  );
}
