import type { Prefs, Translate } from '../../../lib/prefs';
import { useScreen } from '../../../lib/screen';
import { AUDIT } from '../audit';
import { STATEMENT } from '../statement-text';

/** « Accessibilité »: the statement in the RGAA's structure, its results read from the last run of the browser tests. */
export function AccessibilityPage({ prefs }: { prefs: Prefs & { t: Translate } }) {
  const { lang, t } = prefs;
  const s = STATEMENT[lang];
  useScreen(s.title, t('appTitle'));
  const date = new Date(`${AUDIT.date}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <main id="main" className="page statement">
      <h1 tabIndex={-1}>{s.title}</h1>
      <p>{s.intro}</p>
      <h2>{s.statusTitle}</h2>
      <p>{s.status}</p>
      <h2>{s.resultsTitle}</h2>
      <p>{s.results}</p>
      <div className="statement__table" role="region" aria-label={s.resultsTitle} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{s.screen}</th>
              <th scope="col">{s.address}</th>
              <th scope="col">{s.width}</th>
              <th scope="col">{s.passes}</th>
              <th scope="col">{s.violations}</th>
              <th scope="col">{s.minor}</th>
            </tr>
          </thead>
          <tbody>
            {AUDIT.screens.map((screen) => (
              <tr key={screen.id}>
                <th scope="row">{screen.name[lang]}</th>
                <td><code>{screen.path}</code></td>
                <td>{screen.viewport}</td>
                <td>{screen.passes}</td>
                <td>{screen.violations.critical + screen.violations.serious}</td>
                <td>{screen.violations.moderate + screen.violations.minor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{s.journeysTitle}</h2>
      <ul>
        {AUDIT.journeys.map((j) => (
          <li key={j.id}>
            {j.name[lang]} <span className="muted">(WCAG {j.criteria.join(', ')})</span>
          </li>
        ))}
      </ul>
      <h2>{s.criteriaTitle}</h2>
      <p>{AUDIT.criteria.join(', ')}</p>
      <h2>{s.limitsTitle}</h2>
      <ul>
        {s.limits.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <h2>{s.makingTitle}</h2>
      <p>
        {s.date}
        <time dateTime={AUDIT.date}>{date}</time>.
      </p>
      <p>
        {s.tools}axe-core {AUDIT.axe} ({AUDIT.tags.join(', ')}), {AUDIT.browser}.
      </p>
      <p>{s.technologies}</p>
      <h2>{s.contactTitle}</h2>
      <p>{s.contact}</p>
      <h2>{s.remedyTitle}</h2>
      <p>{s.remedy}</p>
    </main>
  );
}
