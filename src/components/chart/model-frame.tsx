/**
 * Every chart's frame, drawn from its model: title, takeaway, Chart/Table tabs (`?tables=`), CSV
 * (in the table's order), SVG/PNG, "Add to presentation", "Embed", period, source and footnotes.
 * The same frame serves the screens and the embed view (`embedded`: no deck, no embed code).
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { modelCsv, type ChartModel } from '../../domain/charts/model';
import { addSlide, sameSlide } from '../../domain/deck';
import { exportFileName } from '../../domain/file-name';
import { parseSort } from '../../domain/sort';
import { ChartDrawing } from '../chart-drawing';
import { useStoredDeck } from '../deck-store';
import { downloadCsv } from '../download';
import { ModelTable } from '../model-table';
import { useChartView } from '../url-state';
import { useSeen } from '../use-seen';
import { EmbedControl } from './embed-control';

export interface ModelFrameProps {
  model: ChartModel;
  /** The embed view: no "Add to presentation" and no embed code. */
  embedded?: boolean;
  /** Draw at once instead of when the frame scrolls into view. */
  drawNow?: boolean;
}

export function ModelFrame({ model, embedded = false, drawNow = false }: ModelFrameProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [search] = useSearchParams();
  const [view, setView] = useChartView(model.viewKey);
  const baseId = useId();
  const tabs = useRef<Record<'chart' | 'table', HTMLButtonElement | null>>({ chart: null, table: null });
  const body = useRef<HTMLDivElement>(null);
  const [deck, setDeck, deckRemembered] = useStoredDeck();
  // The notice that the deck is not remembered shows beside the button that was used.
  const [deckChangedHere, setDeckChangedHere] = useState(false);
  const [exportError, setExportError] = useState(false);
  const { seen, show } = useSeen(body);
  const isGrid = model.drawing.kind === 'grid';
  // The image writer draws one SVG chart; a grid or a set of small multiples is not one.
  const imageExport = !isGrid && model.drawing.kind !== 'small-multiples';
  const drawn = seen || drawNow || isGrid;
  const inDeck = deck.some((s) => sameSlide(s, model.slide));
  const periodSource = `${t('chart.period', { period: model.period })}. ${t('chart.source', { source: model.source })}`;
  const table = model.tables[0];

  function csv() {
    const sort = table?.sortParam ? parseSort(search.get(table.sortParam), table.columns.map((c) => c.id)).sort : null;
    void downloadCsv(modelCsv(model, sort), model.fileNameParts);
  }

  async function downloadImage(kind: 'svg' | 'png') {
    show();
    const { exportChartImage } = await import('../chart-image');
    const text = { title: model.title, takeaway: model.takeaway, notes: [periodSource, ...model.footnotes] };
    setExportError(!(body.current && (await exportChartImage(body.current, text, kind, exportFileName(model.fileNameParts, kind)))));
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = event.key === 'Home' ? 'chart' : event.key === 'End' ? 'table' : view === 'chart' ? 'table' : 'chart';
    setView(next);
    tabs.current[next]?.focus();
  }

  const placeholder = <div style={{ height: model.height }} aria-hidden="true" />;
  return (
    <figure className="chart-frame" aria-labelledby={`${baseId}-title`} data-chart-id={model.id}>
      <div className="chart-frame-head">
        <h2 id={`${baseId}-title`}>{model.title}</h2>
        <div className="chart-frame-actions">
          <div role="tablist" aria-label={t('chart.viewLabel', { title: model.title })} className="tabs">
            {(['chart', 'table'] as const).map((v) => (
              <button
                key={v}
                ref={(el) => {
                  tabs.current[v] = el;
                }}
                type="button"
                role="tab"
                id={`${baseId}-tab-${v}`}
                aria-selected={view === v}
                aria-controls={`${baseId}-panel`}
                tabIndex={view === v ? 0 : -1}
                onClick={() => setView(v)}
                onKeyDown={onTabKey}
              >
                {t(`chart.${v}`)}
              </button>
            ))}
          </div>
          <button type="button" onClick={csv}>
            {t('chart.downloadCsv')}
          </button>
          {view === 'chart' && imageExport && (
            <>
              <button type="button" onClick={() => void downloadImage('png')}>
                {t('chart.downloadPng')}
              </button>
              <button type="button" onClick={() => void downloadImage('svg')}>
                {t('chart.downloadSvg')}
              </button>
            </>
          )}
          {!embedded && (
            <button
              type="button"
              aria-pressed={inDeck}
              onClick={() => {
                setDeck(inDeck ? deck.filter((s) => !sameSlide(s, model.slide)) : addSlide(deck, model.slide));
                setDeckChangedHere(true);
              }}
            >
              {inDeck ? t('chart.inPresentation') : t('chart.addToPresentation')}
            </button>
          )}
          {!embedded && <EmbedControl model={model} search={location.search} />}
        </div>
      </div>
      <div role="status">
        {!embedded && deckChangedHere && !deckRemembered && <p className="notice">{inDeck ? t('storage.deckAdded') : t('storage.deckRemoved')}</p>}
      </div>
      <p className="takeaway">{model.takeaway}</p>
      {exportError && (
        <p role="status" className="notice">
          {t('chart.exportUnavailable')}
        </p>
      )}
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${view}`}
        ref={body}
        className="chart-frame-body"
        data-chart={view === 'chart' ? (drawn ? 'drawn' : 'waiting') : undefined}
        style={view === 'chart' && !isGrid ? { minHeight: model.height } : undefined}
      >
        {view === 'chart' ? (
          drawn ? (
            <ChartDrawing model={model} height={model.height} />
          ) : (
            placeholder
          )
        ) : (
          <div className="chart-tables">
            {model.tables.map((tbl) => (
              <ModelTable key={tbl.caption} table={tbl} />
            ))}
          </div>
        )}
      </div>
      <figcaption>
        {model.caption}. {periodSource}
        {model.footnotes.map((note) => (
          <span key={note} className="footnote">
            <br />
            {note}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
