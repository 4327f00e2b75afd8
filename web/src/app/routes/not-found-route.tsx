import { NotFound } from '../../components/not-found';
import type { Prefs, Translate } from '../../lib/prefs';
import { shorten } from '../../lib/shorten';

/** Any path that is no page of the app (the server answered it with 404 too). */
export function NotFoundRoute({ path, prefs }: { path: string; prefs: Prefs & { t: Translate } }) {
  return <NotFound title={prefs.t('notFoundTitle')} text={prefs.t('notFoundText', { path: shorten(path, 80) })} prefs={prefs} />;
}
