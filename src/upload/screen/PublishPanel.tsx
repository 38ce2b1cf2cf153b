import { useId, useState } from 'react';
import { download } from '../../components/download';
import type { Database } from '../../db/database';
import { useI18n } from '../../i18n/I18nProvider';
import { failureText, formatFileSize, isOutOfMemory } from '../importLimits';

type PublishState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | {
      readonly kind: 'done';
      readonly file: string;
      readonly bytes: number;
      readonly count: number;
      readonly rows: number;
    }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'failed'; readonly detail: string; readonly outOfMemory: boolean };

/**
 * "Publish the dataset": the data in use written as Parquet files plus manifest.json in one zip, to be
 * unzipped on an intranet web server and opened by URL (`?data=…/manifest.json`).
 */
export function PublishPanel({ db }: { readonly db: Database }) {
  const { t, num, lang } = useI18n();
  // null: the default title, in the current UI language, until the user types one.
  const [title, setTitle] = useState<string | null>(null);
  const [state, setState] = useState<PublishState>({ kind: 'idle' });
  const titleId = useId();
  const shownTitle = title ?? t('publishDefaultTitle');

  const publish = async () => {
    setState({ kind: 'busy' });
    try {
      // Loaded on demand: the Parquet writer, Arrow and zip code are only needed here.
      const { publishDataset, publishedZip, publishedZipName } = await import(
        '../../remote/publish/publishDataset'
      );
      const now = new Date();
      const published = await publishDataset(db, {
        title: shownTitle.trim() || t('publishDefaultTitle'),
        now,
      });
      if (published.files.length === 0) {
        setState({ kind: 'nothing' });
        return;
      }
      const zip = publishedZip(published);
      const file = publishedZipName(now);
      download(file, new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
      const rows = published.files.reduce((sum, f) => sum + f.rows, 0);
      setState({ kind: 'done', file, bytes: zip.length, count: published.files.length, rows });
    } catch (error) {
      const failure = failureText(error);
      setState({ kind: 'failed', detail: failure.message, outOfMemory: isOutOfMemory(failure) });
    }
  };

  const busy = state.kind === 'busy';
  return (
    <section className="publish-panel" aria-labelledby="publish-title">
      <h3 id="publish-title">{t('publishTitle')}</h3>
      <p className="import-intro">{t('publishIntro')}</p>
      <div className="publish-form">
        <label htmlFor={titleId}>{t('publishTitleLabel')}</label>
        <input
          id={titleId}
          type="text"
          value={shownTitle}
          maxLength={200}
          disabled={busy}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="button" className="button-primary" disabled={busy} aria-busy={busy} onClick={publish}>
          {busy ? t('publishBusy') : t('publishButton')}
        </button>
      </div>
      <p className="publish-status" role="status">
        {state.kind === 'done' &&
          t('publishDone', {
            file: state.file,
            size: formatFileSize(lang, state.bytes),
            count: num(state.count),
            rows: num(state.rows),
          })}
      </p>
      {(state.kind === 'failed' || state.kind === 'nothing') && (
        <p className="import-error" role="alert">
          {state.kind === 'nothing'
            ? t('publishNothing')
            : state.outOfMemory
              ? t('publishOutOfMemory')
              : t('publishFailed', { detail: state.detail })}
        </p>
      )}
    </section>
  );
}
