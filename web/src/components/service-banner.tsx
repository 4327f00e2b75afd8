import { ApiError } from '../lib/api-client';
import { Link } from '../lib/link';
import type { MessageKey } from '../lib/i18n-fr';
import type { Translate } from '../lib/prefs';

/** What the page says about a failed request, in its own words: never the API's message, which is for developers. */
function wordsFor(error: unknown): [MessageKey, MessageKey | undefined] {
  if (!(error instanceof ApiError) || error.isUnavailable) return ['serviceDown', 'serviceDownHint'];
  if (error.status === 429) return ['errorBusy', 'serviceDownHint'];
  if (error.status === 400) return ['errorBadRequest', 'errorBadRequestHint'];
  return ['errorGeneric', undefined];
}

/** A friendly message for a failed request, a retry button, and a way out when retrying cannot help. */
export function ServiceBanner({ error, onRetry, startOver, t }: { error: unknown; onRetry: () => void; startOver?: string; t: Translate }) {
  const [title, hint] = wordsFor(error);
  const transient = !(error instanceof ApiError) || error.isTransient;
  return (
    <div className="banner banner--warn" role="alert">
      <p>
        <strong>{t(title)}</strong>
        {hint ? <> {t(hint)}</> : null}
      </p>
      {transient || !startOver ? (
        <button type="button" className="btn" onClick={onRetry}>
          {t('retryNow')}
        </button>
      ) : (
        <Link className="btn" href={startOver}>
          {t('errorStartOver')}
        </Link>
      )}
    </div>
  );
}
