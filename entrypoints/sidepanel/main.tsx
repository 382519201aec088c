import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { contentVersionFor, DEFAULT_SETTINGS, resolveUiLanguage } from '../../core/settings';
import { readContentVersionHint } from './content-version-hint';
import { prefetchContentVersion } from './panel-content';
import { SidePanelApp } from './side-panel-app';
import './style.css';

// Before anything else: the text of the version the panel will most likely show starts loading now, while the
// settings are read (scripts/bench-panel.ts measures the opening).
prefetchContentVersion(
  readContentVersionHint() ??
    contentVersionFor(DEFAULT_SETTINGS, resolveUiLanguage(DEFAULT_SETTINGS, navigator.languages ?? [])),
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanelApp />
  </StrictMode>,
);
