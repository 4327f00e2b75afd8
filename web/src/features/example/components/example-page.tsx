import { useEffect, useState } from 'react';
import { ServiceBanner } from '../../../components/service-banner';
import { ApiError } from '../../../lib/api-client';
import { Link } from '../../../lib/link';
import type { Prefs, Translate } from '../../../lib/prefs';
import { useExample } from '../api/get-example';
import { ExampleFields } from './example-fields';
import { SimilarExamples } from './similar-examples';

/** An example's own page: title, texts, every field, its website and similar examples. */
export function ExamplePage({ id, backHref, prefs, t }: { id: string; backHref: string; prefs: Prefs; t: Translate }) {
  const { data, error, refetch, isPending } = useExample(id);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (data) document.title = `${data.title} — ${t('appTitle')}`;
  }, [data, t]);
  const copy = async () => {
    await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
  };
  return (
    <main id="main" className="example-page">
      <p>
        <Link href={backHref}>{t('back')}</Link>
      </p>
      {error instanceof ApiError && error.status === 404 ? <p className="empty">{t('notFound')}</p> : error ? <ServiceBanner error={error} onRetry={() => void refetch()} t={t} /> : null}
      {isPending ? <p role="status">{t('loading')}</p> : null}
      {data ? (
        <article>
          <h1>{data.title}</h1>
          <p className="lede">{data.summary}</p>
          <p>
            <button type="button" className="btn" onClick={() => void copy()}>
              {copied ? t('linkCopied') : t('copyLink')}
            </button>
          </p>
          <ExampleFields example={data} lang={prefs.lang} t={t} />
          {data.description ? (
            <section>
              <h2>{t('description')}</h2>
              <p className="prose">{data.description}</p>
            </section>
          ) : null}
          {data.results ? (
            <section>
              <h2>{t('results')}</h2>
              <p className="prose">{data.results}</p>
            </section>
          ) : null}
          <SimilarExamples example={data} prefs={prefs} t={t} />
        </article>
      ) : null}
    </main>
  );
}
