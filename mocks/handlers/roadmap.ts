import type { Release, Roadmap } from '../../src/api/schemas';
import { resource } from './request';

export const roadmapHandlers = [
  ...resource('/roadmap', ({ data }): Roadmap => data.roadmap),
  ...resource('/release', ({ data }): Release => data.release),
];
