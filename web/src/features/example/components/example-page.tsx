import { Prose } from '../../../components/prose';
import { NotFound } from '../../../components/not-found';
import { ServiceBanner } from '../../../components/service-banner';
import { ApiError } from '../../../lib/api-client';
import { Link } from '../../../lib/link';
import type { Prefs, Translate } from '../../../lib/prefs';
import { useScreen } from '../../../lib/screen';
import { useExample } from '../api/get-example';
import { CopyLink } from './copy-link';
import { ExampleFields } from './example-fields';
import { PublicationDates } from './publication-dates';
import { SimilarExamples } from './similar-examples';
import { shorten } from '../../../lib/shorten';

/** An example's own page: title and summary, its texts beside its facts (stacked on a phone), then similar examples. */
export function ExamplePage({ id, backHref, prefs }: { id: string; backHref: string; prefs: Prefs & { t: Translate } }) {
  const { t } = prefs;
  const { data, error, refetch, isPending } = useExample(id);
  useScreen(data?.title, t('appTitle'), !!data);
  // An id that cannot exist (400) is as absent as an unknown one (404): the same screen says so.
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return (
      <NotFound title={t('exampleNotFoundTitle')} text={t('exampleNotFoundText', { id: shorten(id, 80) })} prefs={prefs}>
        <li>
          <Link href={backHref}>{t('back')}</Link>
        </li>
      </NotFound>
    );
  return (
    <main id="main" className="example-page">
      <div className="example-page__bar">
        <Link href={backHref}>{t('back')}</Link>
        {data ? <CopyLink t={t} /> : null}
      </div>
      {error ? <ServiceBanner error={error} onRetry={() => void refetch()} t={t} /> : null}
      {isPending ? <p role="status">{t('loading')}</p> : null}
      {data ? (
        <article className="example">
          {/* The examples are written in French, whatever the interface's language. */}
          <h1 tabIndex={-1} lang="fr">{data.title}</h1>
          <PublicationDates example={data} lang={prefs.lang} t={t} />
          <Prose text={data.summary} className="lede" lang="fr" />
          <div className="example__body">
            <div className="example__text">
              {data.description ? (
                <section>
                  <h2>{t('description')}</h2>
                  <Prose text={data.description} lang="fr" />
                </section>
              ) : null}
              {data.results ? (
                <section>
                  <h2>{t('results')}</h2>
                  <Prose text={data.results} lang="fr" />
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
