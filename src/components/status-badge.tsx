import { useTranslation } from 'react-i18next';
import type { StatusCode } from '../api/schemas';

/** Status as text plus colour and a shape marker, never colour alone. */
export const STATUS_MARKERS: Record<StatusCode, string> = {
  not_started: '○',
  in_progress: '◐',
  completed: '●',
  discontinued: '✕',
};

export function StatusBadge({ status }: { status: StatusCode }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{STATUS_MARKERS[status]} </span>
      {t(`status.${status}`)}
    </span>
  );
}
