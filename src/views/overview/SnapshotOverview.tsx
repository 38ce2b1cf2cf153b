import { type ReactNode, useEffect, useState } from 'react';
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
import { useElementWidth } from '../useElementWidth';
import { OverviewContent } from './OverviewContent';
import { SnapshotChartCard } from './SnapshotChartCard';

/** The snapshot once asked for: fetched once per page load, read again by the live overview. */
let snapshotRequest: Promise<OverviewSnapshot | null> | undefined;
let snapshotLoaded: OverviewSnapshot | null = null;

function requestSnapshot(): Promise<OverviewSnapshot | null> {
  snapshotRequest ??= Promise.all([
    // Someone with uploads of their own would see figures their data is about to replace: no snapshot.
    import('../../upload/uploadStore').then(
      (store) => store.hasStoredUploads(),
      () => false,
    ),
    // Both at once: the snapshot is already on its way (preloaded by index.html).
    fetchOverviewSnapshot(),
  ]).then(([uploads, snapshot]) => {
    snapshotLoaded = uploads ? null : snapshot;
    return snapshotLoaded;
  });
  return snapshotRequest;
}

/** The snapshot if it has arrived (and applies: no stored uploads), for the live page to keep showing. */
export const loadedSnapshot = (): OverviewSnapshot | null => snapshotLoaded;

const pictureRequests = new Map<string, Promise<SnapshotPictures | null>>();

/** The charts' pictures for a language and a chart box's width (the nearest drawn width), once arrived. */
function useSnapshotPictures(lang: Lang, boxWidth: number): SnapshotPictures | null {
  const width = boxWidth > 0 ? nearestSnapshotWidth(boxWidth) : 0;
  const key = `${lang}-${width}`;
  const [pictures, setPictures] = useState<{ key: string; pictures: SnapshotPictures | null }>();
  useEffect(() => {
    if (width === 0) return;
    let current = true;
    let request = pictureRequests.get(key);
    if (!request) {
      request = fetchSnapshotPictures(lang, width);
      pictureRequests.set(key, request);
    }
    request.then((p) => current && setPictures({ key, pictures: p }));
    return () => {
      current = false;
    };
  }, [lang, width, key]);
  // Until the pictures at the new width arrive, the ones before stay (stretched a little).
  return pictures?.pictures ?? null;
}

/** The overview as the build-time snapshot has it: its figures, and its charts as pictures. */
export function SnapshotBody({ snapshot }: { snapshot: OverviewSnapshot }) {
  const { t, lang } = useI18n();
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  const pictures = useSnapshotPictures(lang, boxWidth);
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
  const [snapshot, setSnapshot] = useState<OverviewSnapshot | null | undefined>(() =>
    snapshotRequest ? snapshotLoaded : undefined,
  );
  useEffect(() => {
    let current = true;
    requestSnapshot().then((data) => current && setSnapshot(data));
    return () => {
      current = false;
    };
  }, []);
  useEffect(() => {
    // The live page's code (and ECharts with it) loads while the engine starts, so the hand-over
    // does not wait for it.
    if (snapshot) void import('./OverviewView');
  }, [snapshot]);
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
