// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../../scripts/data/format';

describe('scripts/data/README.md', () => {
  it('documents every sheet and column of the workbook format, with whether it is required', () => {
    const doc = readFileSync(new URL('../../../scripts/data/README.md', import.meta.url), 'utf8');
    for (const sheet of SHEETS) {
      expect(doc, sheet.name).toContain(`### \`${sheet.name}\`${sheet.required ? '\n' : ' (optional)'}`);
      const section = doc.slice(doc.indexOf(`### \`${sheet.name}\``)).split('\n### ')[0]!;
      for (const column of sheet.columns) expect(section, `${sheet.name}: ${column.header}`).toContain(`| \`${column.header}\` | ${column.required ? 'yes' : 'no'} |`);
    }
  });
});
