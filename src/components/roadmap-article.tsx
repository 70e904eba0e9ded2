/**
 * A screen that reads the roadmap alone (reporting, frameworks): its title, which is also the
 * document's, an introduction, then its content once the roadmap has loaded (or the roadmap's
 * loading and error states).
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { roadmapQuery } from '../api/queries';
import type { Roadmap } from '../api/schemas';
import { QueryState } from './query-state';
import { useDocumentTitle } from './use-document-title';

interface Props {
  className: string;
  title: string;
  intro: string;
  children: (roadmap: Roadmap) => ReactNode;
}

export function RoadmapArticle({ className, title, intro, children }: Props) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const roadmap = useQuery(roadmapQuery());
  return (
    <article className={className}>
      <h1>{title}</h1>
      <p>{intro}</p>
      <QueryState query={roadmap} what={t('what.roadmap')} minHeight={480}>
        {children}
      </QueryState>
    </article>
  );
}
