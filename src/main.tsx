import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DatabaseProvider, type RestoreUploads } from './components/DatabaseProvider';
import { FilterProvider } from './filters/FilterProvider';
import { I18nProvider } from './i18n/I18nProvider';

/** The user's uploads kept in this browser come back on top of the bundled data (loaded on demand). */
const restoreStoredUploads: RestoreUploads = async (db, found) => {
  const store = await import('./upload/uploadStore');
  if (!(await store.hasStoredUploads())) return false;
  found();
  await store.restoreUploads(db);
  return true;
};

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <DatabaseProvider restore={restoreStoredUploads}>
        <FilterProvider>
          <App />
        </FilterProvider>
      </DatabaseProvider>
    </I18nProvider>
  </StrictMode>,
);
