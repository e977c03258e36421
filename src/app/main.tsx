import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { preloadCharts } from '../components/charts/lazy-charts';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// The charts' chunk (Recharts) loads while the dataset does: neither waits for the other.
preloadCharts();
