import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';
import './app/map.css';
import './app/example.css';
import './app/presenter.css';
import './app/open-data.css';
// With the page, not the lazy chunk: a cross-table drawn a moment before its styles arrive overflows a phone's screen.
import './features/stats/components/stats.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
