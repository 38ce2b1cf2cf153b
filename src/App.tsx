import { Suspense } from 'react';
import { FilterBar } from './components/FilterBar';
import { StartupPanel } from './components/StartupPanel';
import { useDatabase } from './db/DatabaseProvider';
import { useFilters } from './filters/FilterProvider';
import { useI18n } from './i18n/I18nProvider';
import type { Lang } from './i18n/messages';
import { VIEWS } from './views/viewRegistry';

export function App() {
  const { state, retry } = useDatabase();
  const { filters, update } = useFilters();
  const { t, lang, setLang } = useI18n();
  // A link to a page this build does not have opens the overview rather than an empty screen.
  const view = VIEWS.find((v) => v.id === filters.view) ?? VIEWS[0];
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
        {VIEWS.filter((v) => v.inNav).map((item) => (
          <button
            key={item.id}
            type="button"
            aria-current={view?.id === item.id ? 'page' : undefined}
            onClick={() => update({ view: item.id })}
          >
            {t(item.label)}
          </button>
        ))}
      </nav>
      <main>
        {state.status !== 'ready' || !view ? (
          <StartupPanel
            state={state.status === 'ready' ? { status: 'loadingData' } : state}
            onRetry={retry}
          />
        ) : (
          <>
            {view.usesFilters && <FilterBar db={state.db} />}
            <Suspense fallback={<p role="status">{t('loadingView')}</p>}>
              <view.component db={state.db} />
            </Suspense>
          </>
        )}
      </main>
      <footer className="app-footer">{t('privacyNote')}</footer>
    </div>
  );
}
