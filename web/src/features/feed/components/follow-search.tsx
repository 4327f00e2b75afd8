import { useState } from 'react';
import type { Lang } from '../../../lib/prefs';
import type { SearchState } from '../../../lib/search-state';
import { feedWords } from '../feed-words';
import { feedUrl } from '../feed-url';
import { FeedIcon } from './feed-icon';

/** « Suivre cette recherche »: the search's feed link to copy, and one line saying what a feed is. */
export function FollowSearch({ state, lang }: { state: SearchState; lang: Lang }) {
  const w = feedWords(lang);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const url = feedUrl(state, lang);
  const copy = async () => {
    await navigator.clipboard?.writeText(url).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  };
  return (
    <div className="follow">
      <button type="button" className="btn follow__toggle" aria-expanded={open} aria-controls="follow-panel" onClick={() => setOpen(!open)}>
        <FeedIcon /> {w('follow')}
      </button>
      {open ? (
        <div id="follow-panel" className="follow__panel">
          <p>{w('what')}</p>
          <label className="follow__link">
            <span className="visually-hidden">{w('link')}</span>
            <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div className="follow__actions">
            <button type="button" className="btn" onClick={() => void copy()}>{copied ? w('copied') : w('copy')}</button>
            <a href={url}>{w('open')}</a>
          </div>
          <p className="visually-hidden" aria-live="polite">{copied ? w('copied') : ''}</p>
        </div>
      ) : null}
    </div>
  );
}
