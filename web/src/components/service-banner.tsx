import { ApiError } from '../lib/api-client';
import type { Translate } from '../lib/prefs';

/** A friendly message for a failed request: "service down, retrying" or the API's own error message. */
export function ServiceBanner({ error, onRetry, t }: { error: unknown; onRetry: () => void; t: Translate }) {
  const down = !(error instanceof ApiError) || error.isUnavailable;
  return (
    <div className="banner banner--warn" role="alert">
      <p>
        <strong>{down ? t('serviceDown') : t('errorGeneric', { message: error.message })}</strong>
        {down ? <> {t('serviceDownHint')}</> : null}
      </p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('retryNow')}
      </button>
    </div>
  );
}
