/**
 * "Embed": the copyable <iframe> snippet (with a title attribute) and the plain link of a chart's
 * embed view (`/embed/<chart-id>[/<subject>]` with the screen's query string).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref } from 'react-router';
import type { ChartModel } from '../../domain/charts/model';
import { embedPath } from '../../domain/charts/embed';

function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
}

export function embedSnippet(url: string, title: string, height: number): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** The panel with the snippet; loaded when "Embed" is first opened. */
export default function EmbedPanel({ id, model, search }: { id: string; model: ChartModel; search: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  // useHref keeps the page's language prefix (the router's basename).
  const url = new URL(useHref(`${embedPath(model)}${search}`), window.location.origin).toString();
  const snippet = embedSnippet(url, model.title, Math.max(420, model.height + 260));

  async function copy() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      // Clipboard blocked: the text is selected for Ctrl+C.
      setCopied(false);
    }
  }

  return (
    <div id={id} className="embed-panel" role="group" aria-label={t('chart.embedLabel', { title: model.title })}>
      <label htmlFor={`${id}-code`}>{t('chart.embedCode')}</label>
      <textarea id={`${id}-code`} ref={field} readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-actions">
        <button type="button" onClick={() => void copy()}>
          {t('chart.embedCopy')}
        </button>
        <a href={url} target="_blank" rel="noopener">
          {t('chart.embedLink')}
        </a>
        <span role="status">{copied ? t('chart.embedCopied') : ''}</span>
      </div>
    </div>
  );
}
