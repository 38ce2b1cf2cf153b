import { type ReactNode, useEffect, useState } from 'react';
import type { OverviewData } from '../../charts/pages/overviewData';
import { fetchOverviewSnapshot } from '../../charts/pages/overviewSnapshot';
import { FilterPanel } from '../../components/FilterBar';
import { useI18n } from '../../i18n/I18nProvider';
import { hasStoredUploads } from '../../upload/uploadStore';
import { OverviewContent } from './OverviewView';

/**
 * The overview drawn from the build-time snapshot while DuckDB-WASM starts: the same figures the live
 * queries give for the default filters on the bundled data. `fallback` shows until (or unless) the
 * snapshot arrives; the live overview replaces this as soon as the engine is ready.
 */
export default function SnapshotOverview({ fallback }: { fallback: ReactNode }) {
  const { t } = useI18n();
  const [snapshot, setSnapshot] = useState<OverviewData | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    // Someone with uploads of their own would see figures their data is about to replace: no snapshot.
    // Both at once: the snapshot is already on its way (preloaded by index.html).
    Promise.all([hasStoredUploads(), fetchOverviewSnapshot()]).then(
      ([uploads, data]) => current && setSnapshot(uploads ? null : data),
    );
    return () => {
      current = false;
    };
  }, []);
  if (!snapshot) return <>{fallback}</>;
  // The filter bar is drawn where the live page will have it (inert until the engine is ready), and
  // the status floats over the page, so the hand-over to the live page moves nothing.
  return (
    <>
      <FilterPanel years={snapshot.years} inert />
      <div className="overview overview-snapshot" data-snapshot-filters={snapshot.key}>
        <p className="snapshot-status" role="status">
          <progress aria-hidden="true" /> {t('snapshotStarting')}
        </p>
        <OverviewContent data={snapshot} kpiYear={snapshot.year} />
      </div>
    </>
  );
}
