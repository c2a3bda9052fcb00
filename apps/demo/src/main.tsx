import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

// A tiny router: /embed/<view> renders one component full-frame (for <iframe>s); anything else is
// the lecture. `vite preview` serves index.html for every path (SPA fallback).
const Embed = lazy(() => import('./embed/Embed.js'));
const embedView = /^\/embed\/([^/]*)\/?$/.exec(window.location.pathname)?.[1];
const isEmbed = window.location.pathname.startsWith('/embed/');

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    {isEmbed ? (
      <Suspense fallback={null}>
        <Embed view={decodeURIComponent(embedView ?? '')} search={window.location.search} />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
