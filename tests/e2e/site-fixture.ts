/**
 * Set-up of the "site" Playwright project: a small workbook holding texts that exist only there
 * (a commitment title, a pillar name), turned into a site with `npm run site` (the production
 * bundle from dist/ when `npm run test:e2e` has just built it), written to reports/e2e-site/.
 * Then playwright.config.ts serves that folder with the plain static server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildIllustrativeModel } from '../../mocks/data/dataset';
import { writeWorkbook } from '../../scripts/data/write';

export const WORKBOOK_TITLE = 'Zephyr register of beneficial owners goes live';
export const WORKBOOK_PILLAR = 'Zephyr asset tracing';

const root = join(import.meta.dirname, '..', '..');
const work = join(root, 'reports', 'e2e-site-work');
mkdirSync(work, { recursive: true });

const model = buildIllustrativeModel();
model.roadmap.dataStatus = 'official';
const commitment = model.commitments.find((c) => c.jurisdiction === 'AL')!;
commitment.title = { en: WORKBOOK_TITLE };
const pillar = model.pillars.find((p) => p.id === 'asset-recovery')!;
pillar.name = { en: WORKBOOK_PILLAR };
const workbook = join(work, 'secretariat.xlsx');
await writeWorkbook(workbook, model);

const app = existsSync(join(root, 'dist', 'index.html')) ? ['--app', join(root, 'dist')] : [];
const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data/cli.ts', 'site', workbook, '--out', join(root, 'reports', 'e2e-site'), ...app], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
