import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  fetchOverviewSnapshot,
  fetchSnapshotPictures,
  nearestSnapshotWidth,
  type OverviewSnapshot,
  type SnapshotPictures,
} from '../../charts/pages/overviewSnapshot';
import { FilterPanel } from '../../components/FilterBar';
import { useI18n } from '../../i18n/I18nProvider';
import type { Lang } from '../../i18n/messages';
import { VIEWS } from '../viewRegistry';
import { OverviewContent } from './OverviewContent';
import { SnapshotChartCard } from './SnapshotChartCard';

/** The snapshot once asked for: fetched once per page load, read again by the live overview. */
let snapshotRequest: Promise<OverviewSnapshot | null> | undefined;
let snapshotLoaded: OverviewSnapshot | null = null;

/** The IndexedDB database upload/uploadStore.ts keeps uploads in (firstScreen.test.ts checks the name). */
export const UPLOADS_DATABASE = 'ocop-dashboard';

/**
 * Whether this browser keeps uploads of the user's own. On a first visit there is no upload database
 * yet, which `indexedDB.databases()` tells without loading the upload code (papaparse and the ingest
 * with it); once there is one (every start-up opens it to restore uploads), the upload store is asked.
 */
async function hasStoredUploads(): Promise<boolean> {
  try {
    const databases = await indexedDB.databases();
    if (!databases.some((d) => d.name === UPLOADS_DATABASE)) return false;
  } catch {
    // No databases() (older browsers): ask the store.
  }
  return import('../../upload/uploadStore').then(
    (store) => store.hasStoredUploads(),
    () => false,
  );
}

/**
 * The first screen's fonts, regular and semibold, with their Vietnamese letters (preloaded by
 * index.html). Text laid out before they arrive would reflow when they do: a jump under the reader.
 * A font that cannot load is waited for no longer than its failure.
 */
const fontsLoaded = () =>
  Promise.all(
    ['400', '600'].map((weight) => document.fonts?.load(`${weight} 16px "Be Vietnam Pro"`, 'Aệ')),
  ).catch(() => undefined);

const preloadLiveOverview = () => VIEWS.find((view) => view.id === 'overview')?.preload();

/** Starts fetching the snapshot (once): the first screen asks for it as soon as it knows it shows it. */
export function requestSnapshot(): Promise<OverviewSnapshot | null> {
  snapshotRequest ??= Promise.all([
    // Someone with uploads of their own would see figures their data is about to replace: no snapshot.
    hasStoredUploads(),
    // Both at once: the snapshot is already on its way (preloaded by index.html).
    fetchOverviewSnapshot(),
    fontsLoaded(),
  ]).then(([uploads, snapshot]) => {
    snapshotLoaded = uploads ? null : snapshot;
    return snapshotLoaded;
  });
  return snapshotRequest;
}

/** The snapshot if it has arrived (and applies: no stored uploads), for the live page to keep showing. */
export const loadedSnapshot = (): OverviewSnapshot | null => snapshotLoaded;

const pictureRequests = new Map<string, Promise<SnapshotPictures | null>>();
/** The pictures last shown: the page's next snapshot (the live page's, while it loads) starts with them. */
let shownPictures: { readonly lang: Lang; readonly pictures: SnapshotPictures } | null = null;

/** The chart pictures on screen in `lang`, if any: the live charts are drawn over them (ChartCard). */
export const shownSnapshotPictures = (lang: Lang): SnapshotPictures | null =>
  shownPictures?.lang === lang ? shownPictures.pictures : null;

function requestPictures(lang: Lang, width: number): Promise<SnapshotPictures | null> {
  const key = `${lang}-${width}`;
  let request = pictureRequests.get(key);
  if (!request) {
    request = fetchSnapshotPictures(lang, width);
    pictureRequests.set(key, request);
  }
  return request;
}

/**
 * The charts' pictures for a language at the drawn width nearest to the chart box's, once arrived.
 * The box is measured as soon as it is laid out (before the first paint), and again when it resizes.
 */
function useSnapshotPictures(lang: Lang): [RefObject<HTMLDivElement | null>, SnapshotPictures | null] {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [pictures, setPictures] = useState<SnapshotPictures | null>(() =>
    shownPictures?.lang === lang ? shownPictures.pictures : null,
  );
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = (px: number) => px > 0 && setWidth(nearestSnapshotWidth(px));
    measure(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => measure(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (width === 0) return;
    let current = true;
    // Until the pictures at a new width arrive, the ones before stay (stretched a little).
    requestPictures(lang, width).then((p) => {
      if (!current || !p) return;
      shownPictures = { lang, pictures: p };
      setPictures(p);
    });
    return () => {
      current = false;
    };
  }, [lang, width]);
  return [box, pictures];
}

/** The overview as the build-time snapshot has it: its figures, and its charts as pictures. */
export function SnapshotBody({ snapshot }: { snapshot: OverviewSnapshot }) {
  const { t, lang } = useI18n();
  const [boxRef, pictures] = useSnapshotPictures(lang);
  useEffect(() => {
    // The live page's code (ECharts with it) loads once the pictures are on screen, not before them,
    // so the hand-over does not wait for it and the first screen does not wait behind it.
    if (pictures) preloadLiveOverview();
  }, [pictures]);
  return (
    <div className="overview overview-snapshot" data-snapshot-filters={snapshot.data.key}>
      <p className="snapshot-status" role="status">
        <progress aria-hidden="true" /> {t('snapshotStarting')}
      </p>
      <OverviewContent
        data={snapshot.data}
        kpiYear={snapshot.data.year}
        charts={snapshot.charts[lang].map((words, i) => (
          <SnapshotChartCard
            key={words.id}
            words={words}
            picture={pictures?.[words.id]}
            boxRef={i === 0 ? boxRef : undefined}
          />
        ))}
      />
    </div>
  );
}

/**
 * The overview drawn from the build-time snapshot while DuckDB-WASM starts: the same figures the live
 * queries give for the default filters on the bundled data, the charts as SVG pictures drawn at build
 * time, so neither DuckDB nor ECharts is needed for it. `fallback` shows until (or unless) the snapshot
 * arrives; the live overview keeps it on screen until its own first answer.
 */
export default function SnapshotOverview({
  fallback,
  withFilterPanel = true,
}: {
  fallback: ReactNode;
  /** False where the live filter bar is already drawn above (the live page's code still loading). */
  withFilterPanel?: boolean;
}) {
  const [snapshot, setSnapshot] = useState<OverviewSnapshot | null | undefined>(() => {
    // Asked for during the first render, not after it: the snapshot starts the page.
    const requested = snapshotRequest !== undefined;
    void requestSnapshot();
    return requested ? snapshotLoaded : undefined;
  });
  useEffect(() => {
    let current = true;
    requestSnapshot().then((data) => {
      // No pictures to wait for (uploads of one's own, or no snapshot): the live page's code loads now.
      if (!data) preloadLiveOverview();
      if (current) setSnapshot(data);
    });
    return () => {
      current = false;
    };
  }, []);
  if (!snapshot) return <>{fallback}</>;
  // The filter bar is drawn where the live page will have it (inert until the engine is ready), and
  // the status floats over the page, so the hand-over to the live page moves nothing.
  return (
    <>
      {withFilterPanel && <FilterPanel years={snapshot.data.years} inert />}
      <SnapshotBody snapshot={snapshot} />
    </>
  );
}
