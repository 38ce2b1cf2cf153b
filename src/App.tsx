import { StartupPanel } from './components/StartupPanel';
import { useDatabase } from './db/DatabaseProvider';
import { useI18n } from './i18n/I18nProvider';
import type { Lang } from './i18n/messages';
import { OverviewView } from './views/OverviewView';

export function App() {
  const { state, retry } = useDatabase();
  const { t, lang, setLang } = useI18n();
  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="app-subtitle">{t('appSubtitle')}</p>
        </div>
        <label className="lang-switch">
          <span>{t('languageLabel')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main>
        {state.status === 'ready' ? (
          <OverviewView db={state.db} />
        ) : (
          <StartupPanel state={state} onRetry={retry} />
        )}
      </main>
      <footer className="app-footer">{t('privacyNote')}</footer>
    </div>
  );
}
