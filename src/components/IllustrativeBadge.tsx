import { useI18n } from '../i18n/I18nProvider';

/** Shown wherever generated, illustrative rows feed a number, until the user loads real data. */
export function IllustrativeBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-illustrative" title={t('illustrativeHint')}>
      {t('illustrativeBadge')}
    </span>
  );
}
