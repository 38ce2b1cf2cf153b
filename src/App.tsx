import { StartupPanel } from './components/StartupPanel';
import { useDatabase } from './db/DatabaseProvider';
import { useFilters } from './filters/FilterProvider';
import type { ViewId } from './filters/filterState';
import { useI18n } from './i18n/I18nProvider';
import type { Lang, MessageKey } from './i18n/messages';
import { DataWorkspaceView } from './views/DataView';
import { OverviewView } from './views/overview/OverviewView';

const NAV: readonly { view: ViewId; label: MessageKey }[] = [
  { view: 'overview', label: 'viewOverview' },
  { view: 'data', label: 'viewData' },
];

export function App() {
  const { state, retry } = useDatabase();
  const { filters, update } = useFilters();
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
      <nav className="app-nav" aria-label={t('navLabel')}>
        {NAV.map((item) => (
          <button
            key={item.view}
            type="button"
            aria-current={filters.view === item.view ? 'page' : undefined}
            onClick={() => update({ view: item.view })}
          >
            {t(item.label)}
          </button>
        ))}
      </nav>
      <main>
        {state.status !== 'ready' ? (
          <StartupPanel state={state} onRetry={retry} />
        ) : filters.view === 'data' ? (
          <DataWorkspaceView db={state.db} />
        ) : (
          <OverviewView db={state.db} />
        )}
      </main>
      <footer className="app-footer">{t('privacyNote')}</footer>
    </div>
  );
}
