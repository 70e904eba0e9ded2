/**
 * Image export of a chart frame: an SVG that stands alone in someone else's slides (title,
 * takeaway, the chart, its legend, period, source and footnotes), and a PNG drawn from it at 2x.
 * Loaded on the first export, so that no screen waits for it.
 */
import { waitForChart } from './chart/wait-for-chart';
import { download } from './download';

export interface ChartImageText {
  title: string;
  takeaway: string;
  /** Lines under the chart: period and source, then footnotes (e.g. the Kosovo* designation). */
  notes: string[];
}

/** Noto Sans first: the PNG embeds it (chart-font.ts); an SVG falls back to the reader's system fonts. */
const FONT = "'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif";
const SVG_NS = 'http://www.w3.org/2000/svg';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Splits text into lines of at most `max` characters, at spaces where possible. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface LegendEntry {
  label: string;
  color: string;
}

function legendEntries(container: HTMLElement): LegendEntry[] {
  return [...container.querySelectorAll('.recharts-legend-item')].map((item) => {
    const shape = item.querySelector('path, line, rect, circle');
    const color = shape?.getAttribute('fill') && shape.getAttribute('fill') !== 'none' ? shape.getAttribute('fill') : shape?.getAttribute('stroke');
    return { label: item.querySelector('.recharts-legend-item-text')?.textContent ?? item.textContent ?? '', color: color ?? '#111827' };
  });
}

/** Builds the standalone SVG from the chart drawn in `container`; null when no chart is drawn. */
export function buildChartSvg(container: HTMLElement, text: ChartImageText): { svg: string; width: number; height: number } | null {
  // recharts draws legend icons as small svg.recharts-surface too: the chart is the largest one.
  const surfaces = [...container.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
  const area = (svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    return (box.width || Number(svg.getAttribute('width'))) * (box.height || Number(svg.getAttribute('height')));
  };
  const chart = surfaces.reduce<SVGSVGElement | null>((best, svg) => (best === null || area(svg) > area(best) ? svg : best), null);
  if (!chart) return null;
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width || Number(chart.getAttribute('width')) || 800);
  const chartHeight = Math.round(box.height || Number(chart.getAttribute('height')) || 400);
  const width = Math.max(640, chartWidth + 32);
  const perLine = Math.floor((width - 32) / 7.5);

  const parts: string[] = [];
  let y = 32;
  parts.push(`<text x="16" y="${y}" font-size="20" font-weight="700" fill="#111827">${escapeXml(text.title)}</text>`);
  y += 8;
  for (const line of wrapText(text.takeaway, perLine)) {
    y += 20;
    parts.push(`<text x="16" y="${y}" font-size="14" font-weight="600" fill="#111827">${escapeXml(line)}</text>`);
  }
  y += 12;

  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('x', '16');
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  clone.removeAttribute('style');
  parts.push(new XMLSerializer().serializeToString(clone));
  y += chartHeight + 8;

  let x = 16;
  const legend = legendEntries(container);
  if (legend.length > 0) {
    y += 16;
    for (const entry of legend) {
      const itemWidth = 22 + entry.label.length * 7.5 + 16;
      if (x + itemWidth > width - 16) {
        x = 16;
        y += 20;
      }
      parts.push(`<rect x="${x}" y="${y - 11}" width="14" height="14" fill="${escapeXml(entry.color)}"/>`);
      parts.push(`<text x="${x + 20}" y="${y}" font-size="13" fill="#111827">${escapeXml(entry.label)}</text>`);
      x += itemWidth;
    }
    y += 8;
  }

  for (const note of text.notes) {
    for (const line of wrapText(note, perLine + 10)) {
      y += 17;
      parts.push(`<text x="16" y="${y}" font-size="12" fill="#374151">${escapeXml(line)}</text>`);
    }
  }
  const height = y + 16;

  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(text.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width, height };
}

/**
 * The SVG with the font its text needs embedded (a <style> with @font-face rules after the opening
 * tag). Without the font files (offline, blocked) it stays as it was: the PNG then uses the
 * machine's fonts.
 */
export async function withEmbeddedFont(svg: string): Promise<string> {
  try {
    const { embeddedFontCss } = await import('./chart-font');
    const css = await embeddedFontCss(svg);
    return svg.replace(/^<svg\b[^>]*>/, (open) => `${open}<defs><style>${css}</style></defs>`);
  } catch (error) {
    console.warn('The export font could not be loaded; the PNG uses the fonts of this machine.', error);
    return svg;
  }
}

/** Draws the SVG on a canvas at `scale` x, with its font embedded, and returns a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([await withEmbeddedFont(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    // The load event (unlike decode()) waits for the fonts the SVG embeds.
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart image could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas is not available');
    context.scale(scale, scale);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Saves the chart drawn in `container` as an SVG or PNG file, once its drawing is there
 * (waitForChart). False when there is no chart to draw from.
 */
export async function exportChartImage(container: HTMLElement, text: ChartImageText, kind: 'svg' | 'png', fileName: string): Promise<boolean> {
  const surface = await waitForChart(container);
  const image = surface ? buildChartSvg(container, text) : null;
  if (!image) return false;
  const blob = kind === 'svg' ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(image.svg, image.width, image.height, 2);
  download(blob, fileName);
  return true;
}
