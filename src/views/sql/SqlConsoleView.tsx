import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useDatabase } from '../../components/DatabaseProvider';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { useQueryResult } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { useI18n } from '../../i18n/I18nProvider';
import {
  type ConsoleOutcome,
  type ConsoleResult,
  type ConsoleValue,
  consoleSchema,
  type Refusal,
  runReadOnly,
} from '../../queries/readOnlySql';
import { consoleNumber } from './resultCell';

const EXAMPLE = 'SELECT region, count(*) AS provinces\nFROM provinces_63\nGROUP BY region\nORDER BY region';
const STORAGE_KEY = 'ocop-dashboard.sql';

function rememberedText(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? EXAMPLE;
  } catch {
    return EXAMPLE;
  }
}

/** Analysts' own read-only SQL over the loaded tables, with the schema beside it. */
export default function SqlConsoleView({ db }: { db: Database }) {
  const { dataVersion } = useDatabase();
  const { t, num } = useI18n();
  const schema = useQueryResult(db, consoleSchema, [dataVersion]);
  const [text, setText] = useState(rememberedText);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<{ outcome: ConsoleOutcome; ms: number } | null>(null);
  const editor = useRef<HTMLTextAreaElement>(null);

  const run = async () => {
    if (running) return;
    setRunning(true);
    try {
      sessionStorage.setItem(STORAGE_KEY, text);
    } catch {
      // not remembered, still run
    }
    const started = performance.now();
    const result = await runReadOnly(db, text);
    setOutcome({ outcome: result, ms: Math.round(performance.now() - started) });
    setRunning(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  };

  const insert = (name: string) => {
    const area = editor.current;
    const start = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? text.length;
    setText(`${text.slice(0, start)}${name}${text.slice(end)}`);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + name.length, start + name.length);
    });
  };

  return (
    <section className="sql-view" aria-labelledby="sql-title">
      <h2 id="sql-title" className="section-title">
        {t('sqlTitle')}
      </h2>
      <p className="sql-intro">{t('sqlIntro')}</p>
      <div className="sql-layout">
        <aside className="sql-schema" aria-labelledby="sql-schema-title">
          <h3 id="sql-schema-title">{t('sqlSchemaTitle')}</h3>
          {schema.status === 'error' && <p role="alert">{schema.message}</p>}
          {schema.status === 'ready' && (
            <ul data-testid="sql-schema">
              {schema.data.map((table) => (
                <li key={table.name}>
                  <details>
                    <summary>
                      <code>{table.name}</code>{' '}
                      <span className="sql-schema-rows">
                        {t('sqlSchemaRows', { count: num(table.rowCount) })}
                      </span>
                    </summary>
                    <button
                      type="button"
                      className="sql-insert"
                      onClick={() => insert(table.name)}
                      title={t('sqlInsertName', { name: table.name })}
                    >
                      {t('sqlInsertName', { name: table.name })}
                    </button>
                    <ul className="sql-columns">
                      {table.columns.map((c) => (
                        <li key={c.name}>
                          <button type="button" className="sql-column" onClick={() => insert(c.name)}>
                            <code>{c.name}</code>
                          </button>{' '}
                          <span className="sql-type">{c.type}</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </aside>
        <div className="sql-main">
          <label className="sql-editor">
            <span className="filter-label">{t('sqlEditorLabel')}</span>
            <textarea
              ref={editor}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              rows={8}
              data-testid="sql-editor"
            />
          </label>
          <div className="sql-actions">
            <button type="button" className="sql-run" onClick={() => void run()} disabled={running}>
              {running ? t('sqlRunning') : t('sqlRun')} <kbd>{t('sqlRunShortcut')}</kbd>
            </button>
          </div>
          {outcome && <Outcome outcome={outcome.outcome} ms={outcome.ms} />}
        </div>
      </div>
    </section>
  );
}

function refusalText(refusal: Refusal, t: ReturnType<typeof useI18n>['t']): string {
  switch (refusal.code) {
    case 'empty':
      return t('sqlRefusedEmpty');
    case 'multipleStatements':
      return t('sqlRefusedMultiple');
    case 'notReadOnly':
      return t('sqlRefusedNotReadOnly', { keyword: refusal.keyword });
    case 'externalAccess':
      return t('sqlRefusedExternal', { name: refusal.name });
    case 'unterminated':
      return t('sqlRefusedUnterminated');
  }
}

function Outcome({ outcome, ms }: { outcome: ConsoleOutcome; ms: number }) {
  const { t } = useI18n();
  if (outcome.status === 'refused') {
    return (
      <div className="sql-refused" role="alert" data-testid="sql-refused">
        <strong>{t('sqlRefusedTitle')}</strong>
        <p>{refusalText(outcome.refusal, t)}</p>
      </div>
    );
  }
  if (outcome.status === 'error') {
    return (
      <div className="sql-error" role="alert" data-testid="sql-error">
        <strong>{t('sqlErrorTitle')}</strong>
        <pre>{outcome.message}</pre>
      </div>
    );
  }
  return <ResultGrid result={outcome.result} ms={ms} />;
}

/** A result row: one value per column, in column order. */
type ResultRow = readonly ConsoleValue[];

const resultRowKey = (_row: ResultRow, index: number) => String(index);

function ResultGrid({ result, ms }: { result: ConsoleResult; ms: number }) {
  const { t, num } = useI18n();
  const shown = result.rows.length;
  const columns = useMemo<DataColumn<ResultRow>[]>(
    () =>
      result.columns.map((c, j) => ({
        id: String(j),
        header: c.name,
        numeric: c.numeric,
        // Booleans go to the file as the words DuckDB prints.
        value: (row) => {
          const value = row[j] ?? null;
          return typeof value === 'boolean' ? String(value) : value;
        },
        cell: (row) => {
          const value = row[j] ?? null;
          if (value === null) return <span className="sql-null">NULL</span>;
          if (typeof value === 'number') return consoleNumber(value, c, num);
          return String(value);
        },
        cellAttributes: (row) => {
          const value = row[j] ?? null;
          return { 'data-value': value === null ? '' : String(value) };
        },
        headerExtra: <span className="sql-type">{c.type}</span>,
      })),
    [result.columns, num],
  );
  return (
    <section className="sql-result" aria-labelledby="sql-result-title">
      <div className="sql-result-bar">
        <h3 id="sql-result-title">{t('sqlResultTitle')}</h3>
        <p role="status" data-testid="sql-count" data-total={result.total}>
          {shown < result.total
            ? t('sqlResultTruncated', { shown: num(shown), total: num(result.total) })
            : t('sqlResultCount', { total: num(result.total) })}{' '}
          · {t('sqlElapsed', { ms: num(ms) })}
        </p>
      </div>
      {result.rows.length === 0 ? (
        <p className="province-none">{t('sqlResultEmpty')}</p>
      ) : (
        <DataTable
          columns={columns}
          rows={result.rows}
          rowKey={resultRowKey}
          label={t('sqlResultTitle')}
          className="sql-grid"
          scrollClassName="sql-grid-scroll"
          testId="sql-grid"
          rowHeight={26}
          csv={{ name: t('sqlFileName'), label: t('sqlExportCsv') }}
        />
      )}
    </section>
  );
}
