import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient, FIRST_ANSWER_WAIT_MS, startScreenRequests } from './app/first-request';
import { repairLocation } from './features/links/repair-location';
import { focusSearchOnSlash } from './lib/slash-shortcut';
import './app/styles.css';
import './app/map.css';
import './app/example.css';
import './app/presenter.css';
import './app/sheet.css';
import './app/open-data.css';
// With the page, not the lazy chunk: a cross-table drawn a moment before its styles arrive overflows a phone's screen.
import './features/stats/components/stats.css';

// Before the first render: a link with what the API would refuse is mended (and the page says what it changed).
repairLocation();
// Results put the reader back where they were themselves (results-memory.ts), once their answer is on screen.
window.history.scrollRestoration = 'manual';
focusSearchOnSlash();
const queryClient = createQueryClient();
const firstAnswer = startScreenRequests(queryClient);

// The first render waits for the first answer, a little: drawn with it, the page is drawn and laid out once, not twice.
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
void Promise.race([firstAnswer, new Promise((wait) => setTimeout(wait, FIRST_ANSWER_WAIT_MS))]).then(render);
