// Renderer entry: one bundle for the history, settings and first-run windows.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { findConnector } from './shared/connector.ts';
import './shared/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App connector={findConnector()} />
  </StrictMode>,
);
