import type { Lang } from '../../../lib/prefs';
import { FeedIcon } from '../../feed/components/feed-icon';
import { feedWords } from '../../feed/feed-words';
import { feedUrl } from '../../feed/feed-url';
import { useBasePackage } from '../api/get-base-package';

const size = (bytes: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { style: 'unit', unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(bytes >= 1e6 ? bytes / 1e6 : bytes / 1e3);

/** The ready download of the whole base, with its size and the date of its data, and the whole base's feed. */
export function BaseDownload({ lang }: { lang: Lang }) {
  const w = feedWords(lang);
  const { data } = useBasePackage();
  const date = data?.date ? w('baseDate', { date: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long' }).format(data.date) }) : '';
  return (
    <p className="base-download">
      {w('openData')}{' '}
      <a href="/api/export/base.zip" download>
        {w('base', { size: data?.bytes ? `, ${size(data.bytes, lang)}` : '', date })}
      </a>
      {' · '}
      <a href={feedUrl(undefined, lang)} type="application/atom+xml">
        <FeedIcon /> {w('baseFeed')}
      </a>
    </p>
  );
}
