import { useEffect, useState } from 'react';
import { Prose } from '../../../components/prose';
import { ServiceBanner } from '../../../components/service-banner';
import { ApiError } from '../../../lib/api-client';
import { Link } from '../../../lib/link';
import type { Prefs, Translate } from '../../../lib/prefs';
import { useExample } from '../api/get-example';
import { ExampleFields } from './example-fields';
import { PublicationDates } from './publication-dates';
import { SimilarExamples } from './similar-examples';

/** An example's own page: title and summary, its texts beside its facts (stacked on a phone), then similar examples. */
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
      <div className="example-page__bar">
        <Link href={backHref}>{t('back')}</Link>
        {data ? (
          <button type="button" className="btn" onClick={() => void copy()}>
            {copied ? t('linkCopied') : t('copyLink')}
          </button>
        ) : null}
      </div>
      {error instanceof ApiError && error.status === 404 ? <p className="empty">{t('notFound')}</p> : error ? <ServiceBanner error={error} onRetry={() => void refetch()} t={t} /> : null}
      {isPending ? <p role="status">{t('loading')}</p> : null}
      {data ? (
        <article className="example">
          <h1>{data.title}</h1>
          <PublicationDates example={data} lang={prefs.lang} t={t} />
          <Prose text={data.summary} className="lede" />
          <div className="example__body">
            <div className="example__text">
              {data.description ? (
                <section>
                  <h2>{t('description')}</h2>
                  <Prose text={data.description} />
                </section>
              ) : null}
              {data.results ? (
                <section>
                  <h2>{t('results')}</h2>
                  <Prose text={data.results} />
                </section>
              ) : null}
            </div>
            <section className="example__facts" aria-labelledby="facts-title">
              <h2 id="facts-title" className="example__facts-title">{t('facts')}</h2>
              <ExampleFields example={data} lang={prefs.lang} t={t} />
            </section>
          </div>
          <SimilarExamples example={data} prefs={prefs} t={t} />
        </article>
      ) : null}
    </main>
  );
}
