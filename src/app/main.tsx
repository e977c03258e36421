import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { preloadCharts } from '../components/charts/lazy-charts';
import { warmUpWorkerWhenIdle } from '../worker/dataset-worker-client';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// The charts' chunk (Recharts) loads while the dataset does: neither waits for the other.
preloadCharts();
// The dataset worker starts and compiles the import once the page is idle: the first upload
// does not pay for it, even on a page opened on a stored dataset (no CSV read yet).
warmUpWorkerWhenIdle();
