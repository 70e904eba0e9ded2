import type { Release, Roadmap } from '../../src/api/schemas';
import { publishedLocales } from '../scenarios';
import { resource } from './request';

export const roadmapHandlers = [
  ...resource('/roadmap', ({ data }): Roadmap => data.roadmap),
  ...resource('/release', ({ data, request }): Release => ({ ...data.release, locales: publishedLocales(request, data.release.locales) })),
];
