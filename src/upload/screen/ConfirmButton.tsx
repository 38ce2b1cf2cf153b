import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

interface ConfirmButtonProps {
  readonly label: string;
  readonly question: string;
  readonly onConfirm: () => void;
  readonly disabled?: boolean;
  readonly className?: string;
}

/** A destructive action behind an inline "are you sure?" (no browser dialog, so it reads like the page). */
export function ConfirmButton({ label, question, onConfirm, disabled, className }: ConfirmButtonProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className={className} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend className="confirm-question">{question}</legend>
      <button
        type="button"
        className="button-danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('dataConfirmYes')}
      </button>
      <button type="button" ref={keep} onClick={() => setAsking(false)}>
        {t('dataConfirmNo')}
      </button>
    </fieldset>
  );
}
