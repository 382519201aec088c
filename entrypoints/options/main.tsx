import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickUiLanguage, translator } from '../../core/i18n';
import '../sidepanel/style.css';

const t = translator(pickUiLanguage(navigator.languages));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <h1>{t('optionsTitle')}</h1>
    </main>
  </StrictMode>,
);
