import { http } from 'msw';
import type { Roadmap } from '../../src/api/schemas';
import { apiPath } from './paths';
import { route } from './request';

export const roadmapHandlers = [
  http.get(
    apiPath('/roadmap'),
    route(({ data }): Roadmap => data.roadmap),
  ),
];
