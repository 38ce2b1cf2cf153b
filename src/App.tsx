import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useDatabase } from './components/DatabaseProvider';
import { DepartmentSettings } from './components/DepartmentSettings';
import { FilterBar } from './components/FilterBar';
import { StartupPanel } from './components/StartupPanel';
import { useFilters } from './filters/FilterProvider';
import { serializeFilterState } from './filters/urlState';
import { useI18n } from './i18n/I18nProvider';
import type { Lang } from './i18n/messages';
import { useOpenedDataset } from './remote/useOpenedDataset';
import SnapshotOverview from './views/overview/SnapshotOverview';
import { VIEWS } from './views/viewRegistry';

// Only an address that names a dataset shows it: its code stays out of the first script.
const OpenedDatasetBar = lazy(() => import('./remote/OpenedDatasetBar'));

export function App() {
  const { state, retry, uploadsSettled, notifyDataChanged } = useDatabase();
  const { filters, update } = useFilters();
  // A dataset opened by URL (?data=) goes in once the stored uploads are back: both write the same tables.
  const opened = useOpenedDataset(
    state.status === 'ready' && uploadsSettled ? state.db : null,
    filters.data,
    notifyDataChanged,
  );
  const { t, lang, setLang } = useI18n();
  // A link to a page this build does not have opens the overview rather than an empty screen.
  const view = VIEWS.find((v) => v.id === filters.view) ?? VIEWS[0];
  // The pages wait for the dataset the address names: no other figures are shown meanwhile.
  const waitingForDataset = opened.status === 'loading';
  const startup = state.status === 'ready' ? ({ status: 'loadingData' } as const) : state;
  // The default overview can be drawn from the build-time snapshot until its live page is drawn.
  const snapshotOverview = view?.id === 'overview' && serializeFilterState(filters) === '';
  const loadingView = <p role="status">{t('loadingView')}</p>;
  // Embed mode (a chart in a news site's iframe): the page shows that chart card only (styles.css).
  const embed = filters.embed && filters.chart !== null;
  // On a phone the language and the department settings fold into a menu (styles.css).
  const [toolsOpen, setToolsOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);
  // On a phone the page list is one scrollable strip: keep the current page in sight.
  const currentView = view?.id;
  // The page's code loads while DuckDB starts, so the page draws as soon as the data is in (the
  // snapshot overview asks for its live page's code itself, once its pictures are on screen).
  useEffect(() => {
    if (!snapshotOverview) view?.preload();
  }, [view, snapshotOverview]);
  useEffect(() => {
    if (currentView === undefined) return;
    const reveal = () =>
      nav.current
        ?.querySelector(`[data-view="${currentView}"]`)
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    reveal();
    // Widths change once the web font is in: reveal it again then.
    document.fonts?.ready.then(reveal);
  }, [currentView]);
  return (
    <div className={embed ? 'app app-embed' : 'app'}>
      <header className="app-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="app-subtitle">{t('appSubtitle')}</p>
        </div>
        <button
          type="button"
          className="app-tools-button"
          aria-expanded={toolsOpen}
          aria-controls="app-tools"
          onClick={() => setToolsOpen((open) => !open)}
        >
          <span aria-hidden="true">⋯</span> {t('appToolsMenu')}
        </button>
        <div id="app-tools" className={toolsOpen ? 'app-tools app-tools-open' : 'app-tools'}>
          <label className="lang-switch">
            <span>{t('languageLabel')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
          <DepartmentSettings />
        </div>
      </header>
      <nav ref={nav} className="app-nav" aria-label={t('navLabel')}>
        {VIEWS.filter((v) => v.inNav).map((item) => (
          <button
            key={item.id}
            type="button"
            data-view={item.id}
            aria-current={view?.id === item.id ? 'page' : undefined}
            onClick={() => update({ view: item.id, chart: null })}
          >
            {t(item.label)}
          </button>
        ))}
      </nav>
      {/* Busy until the user's stored uploads, and a dataset opened by URL, are in: what it shows may
          still change (assistive technology, and the browser tests, wait for it). */}
      <main aria-busy={!uploadsSettled || waitingForDataset}>
        {opened.status !== 'none' && (!embed || opened.status !== 'open') && (
          <Suspense fallback={null}>
            <OpenedDatasetBar state={opened} onClose={() => update({ data: null })} />
          </Suspense>
        )}
        {state.status !== 'ready' || !view ? (
          state.status !== 'error' && snapshotOverview ? (
            // While the engine starts (in the first script: it is the first screen).
            <SnapshotOverview fallback={<StartupPanel state={startup} onRetry={retry} />} />
          ) : (
            <StartupPanel state={startup} onRetry={retry} />
          )
        ) : waitingForDataset ? null : (
          <>
            {view.usesFilters && !embed && <FilterBar db={state.db} />}
            <Suspense
              fallback={
                snapshotOverview ? (
                  // While the live page's code loads (usually already loaded by the snapshot).
                  <SnapshotOverview fallback={loadingView} withFilterPanel={false} />
                ) : (
                  loadingView
                )
              }
            >
              <view.component db={state.db} />
            </Suspense>
          </>
        )}
      </main>
      <footer className="app-footer">{t('privacyNote')}</footer>
    </div>
  );
}
