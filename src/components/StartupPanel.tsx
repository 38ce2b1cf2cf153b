import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import type { DatabaseState } from './DatabaseProvider';

const ERROR_TEXT: Readonly<Record<Extract<DatabaseState, { status: 'error' }>['reason'], MessageKey>> = {
  noWebAssembly: 'errorNoWebAssembly',
  noWorker: 'errorNoWorker',
  startFailed: 'errorStartFailed',
  dataLoad: 'errorDataLoad',
};

/** What the user sees before the data is ready: progress while starting, a translated error if it cannot. */
export function StartupPanel({
  state,
  onRetry,
}: {
  state: Exclude<DatabaseState, { status: 'ready' }>;
  onRetry(): void;
}) {
  const { t } = useI18n();
  if (state.status === 'error') {
    return (
      <div className="startup-panel startup-error" role="alert">
        <h2>{t('errorTitle')}</h2>
        <p>{t(ERROR_TEXT[state.reason])}</p>
        <details>
          <summary>{t('errorDetails')}</summary>
          <code>{state.detail}</code>
        </details>
        <button type="button" onClick={onRetry}>
          {t('errorRetry')}
        </button>
      </div>
    );
  }
  const step = state.status === 'startingDb' ? 1 : 2;
  return (
    <div className="startup-panel" role="status" aria-live="polite">
      <progress max={2} value={step - 0.5} aria-label={t(step === 1 ? 'loadingDuckDb' : 'loadingData')} />
      <p>{t(step === 1 ? 'loadingDuckDb' : 'loadingData')}</p>
    </div>
  );
}
