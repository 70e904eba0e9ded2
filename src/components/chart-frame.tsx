import { Suspense, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvInput } from '../domain/csv';
import { addSlide, sameSlide, type Slide } from '../domain/deck';
import { exportFileName } from '../domain/file-name';
import { useStoredDeck } from './deck-store';
import { download, downloadCsv } from './download';
import { useChartView } from './url-state';
import { useSeen } from './use-seen';

export interface ChartFrameProps {
  /** Stable id, used in the URL (`?tables=`) and in file names. */
  id: string;
  title: string;
  caption: string;
  period: string;
  source: string;
  /** One sentence computed from the data. */
  takeaway: string;
  /** Footnotes that must travel with the figures, e.g. the Kosovo* designation. */
  footnotes?: string[];
  chart: ReactNode;
  /** The table twin: exactly the chart's data. */
  table: ReactNode;
  csv: () => CsvInput;
  fileNameParts: string[];
  chartHeight?: number;
  /** False when the chart view is not an SVG chart (e.g. a shaded table): no image download. */
  imageExport?: boolean;
  /**
   * False to render the chart view at once. By default it is drawn when the frame scrolls into
   * view, which spares the first screen the chart code and drawing; an HTML view (a shaded table)
   * costs little and can render at once.
   */
  drawWhenSeen?: boolean;
  /** The presenter slide showing this chart; without it there is no "Add to presentation". */
  slide?: Slide;
}

/**
 * The chart image once the chart is drawn: a chart that has just been asked for (see useSeen)
 * may still be loading its code. Gives up after a few seconds (null).
 */
async function drawnChart<T>(build: () => T | null, timeoutMs = 5000): Promise<T | null> {
  const started = Date.now();
  for (;;) {
    const image = build();
    if (image !== null || Date.now() - started > timeoutMs) return image;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every chart's frame: title, caption, takeaway, Chart/Table tabs, CSV download, footnotes. */
export function ChartFrame(props: ChartFrameProps) {
  const { t } = useTranslation();
  const [view, setView] = useChartView(props.id);
  const baseId = useId();
  const tabs = useRef<Record<'chart' | 'table', HTMLButtonElement | null>>({ chart: null, table: null });
  const views = ['chart', 'table'] as const;
  const body = useRef<HTMLDivElement>(null);
  const [deck, setDeck, deckRemembered] = useStoredDeck();
  // The notice that the deck is not remembered shows beside the button that was used.
  const [deckChangedHere, setDeckChangedHere] = useState(false);
  const [exportError, setExportError] = useState(false);
  // The chart is drawn when its frame scrolls into view (see drawWhenSeen); the table twin renders at once.
  const { seen, show } = useSeen(body);
  const drawn = seen || props.drawWhenSeen === false;
  const inDeck = props.slide ? deck.some((s) => sameSlide(s, props.slide as Slide)) : false;
  const notes = [
    `${t('chart.period', { period: props.period })}. ${t('chart.source', { source: props.source })}`,
    ...(props.footnotes ?? []),
  ];

  async function downloadImage(kind: 'svg' | 'png') {
    show();
    // The image writer loads on the first export.
    const { buildChartSvg, svgToPng } = await import('./chart-image');
    const image = await drawnChart(() => (body.current ? buildChartSvg(body.current, { title: props.title, takeaway: props.takeaway, notes }) : null));
    setExportError(!image);
    if (!image) return;
    const blob =
      kind === 'svg' ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(image.svg, image.width, image.height, 2);
    download(blob, exportFileName(props.fileNameParts, kind));
  }

  const placeholder = <div style={{ height: props.chartHeight ?? 320 }} aria-hidden="true" />;

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = event.key === 'Home' ? 'chart' : event.key === 'End' ? 'table' : view === 'chart' ? 'table' : 'chart';
    setView(next);
    tabs.current[next]?.focus();
  }

  return (
    <figure className="chart-frame" aria-labelledby={`${baseId}-title`}>
      <div className="chart-frame-head">
        <h2 id={`${baseId}-title`}>{props.title}</h2>
        <div className="chart-frame-actions">
          <div role="tablist" aria-label={t('chart.viewLabel', { title: props.title })} className="tabs">
            {views.map((v) => (
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
          <button
            type="button"
            onClick={() => void downloadCsv(props.csv(), props.fileNameParts)}
          >
            {t('chart.downloadCsv')}
          </button>
          {view === 'chart' && props.imageExport !== false && (
            <>
              <button type="button" onClick={() => void downloadImage('png')}>
                {t('chart.downloadPng')}
              </button>
              <button type="button" onClick={() => void downloadImage('svg')}>
                {t('chart.downloadSvg')}
              </button>
            </>
          )}
          {props.slide && (
            <button
              type="button"
              aria-pressed={inDeck}
              onClick={() => {
                setDeck(inDeck ? deck.filter((s) => !sameSlide(s, props.slide as Slide)) : addSlide(deck, props.slide as Slide));
                setDeckChangedHere(true);
              }}
            >
              {inDeck ? t('chart.inPresentation') : t('chart.addToPresentation')}
            </button>
          )}
        </div>
      </div>
      <div role="status">
        {props.slide && deckChangedHere && !deckRemembered && (
          <p className="notice">{inDeck ? t('storage.deckAdded') : t('storage.deckRemoved')}</p>
        )}
      </div>
      <p className="takeaway">{props.takeaway}</p>
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
        style={view === 'chart' ? { minHeight: props.chartHeight ?? 320 } : undefined}
      >
        {view === 'chart' ? (
          drawn ? (
            <Suspense fallback={placeholder}>{props.chart}</Suspense>
          ) : (
            placeholder
          )
        ) : (
          <div className="table-scroll">{props.table}</div>
        )}
      </div>
      <figcaption>
        {props.caption}. {t('chart.period', { period: props.period })}. {t('chart.source', { source: props.source })}
        {props.footnotes?.map((note) => (
          <span key={note} className="footnote">
            <br />
            {note}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
