/**
 * Writes the workbook format: the empty template (headers, a notes row, drop-down lists for fixed
 * vocabularies) or a model's data in it, as .xlsx or as a folder of .csv files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { LOCALES } from '../../src/api/schemas';
import type { Model, Text } from '../../mocks/data/model';
import { SHEETS, type Sheet } from './format';

type Value = string | number | null;
/** One sheet's data: per row, values by column key (Text for translatable columns). */
type SheetRows = Record<string, Value | Text>[];

const t = (text: Text | null | undefined): Text | null => text ?? null;
/** Only web addresses go into a workbook (the illustrative data plants a javascript: one, which the checker refuses). */
const webAddress = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

/** The model as rows of each sheet. */
export function modelRows(model: Model): Map<string, SheetRows> {
  const r = model.roadmap;
  const rows = new Map<string, SheetRows>();
  rows.set('roadmap', [{ title: r.title, description: r.description, asOf: r.asOf, firstPeriod: r.periods[0] ?? r.asOfPeriod, asOfPeriod: r.asOfPeriod, dataStatus: r.dataStatus, source: r.source }]);
  rows.set('pillars', model.pillars.map((p) => ({ id: p.id, number: p.number, name: p.name, shortName: p.shortName, description: p.description, reference: p.reference })));
  rows.set('jurisdictions', model.jurisdictions.map((j) => ({ code: j.code, name: j.name, designationFootnote: t(j.designationFootnote) })));
  rows.set('institutions', model.jurisdictions.flatMap((j) => j.institutions.map((i) => ({ id: i.id, jurisdiction: j.code, name: i.name, kind: i.kind }))));
  rows.set(
    'commitments',
    model.commitments.map((c) => ({ id: c.id, jurisdiction: c.jurisdiction, pillar: c.pillar, title: c.title, description: c.description, institution: c.institution, start: c.start, deadline: c.deadline, refs: c.refs.join(' ') || null })),
  );
  rows.set('status updates', model.commitments.flatMap((c) => c.updates.map((u) => ({ commitment: c.id, period: u.period, status: u.status, date: u.date, note: t(u.note), links: u.links.join(' ') || null }))));
  rows.set('deadline revisions', model.commitments.flatMap((c) => c.revisions.map((v) => ({ commitment: c.id, period: v.period, deadline: v.deadline, reason: v.reason }))));
  rows.set('evidence', model.commitments.flatMap((c) => c.evidence.map((e) => ({ commitment: c.id, date: e.date, title: e.title, kind: e.kind, publisher: e.publisher, url: webAddress(e.url) }))));
  rows.set('indicators', model.indicators.map((i) => ({ id: i.id, pillar: i.pillar, name: i.name, description: i.description, unit: i.unit, direction: i.direction, baselineYear: i.baselineYear, targetYear: i.targetYear, source: i.source, refs: i.refs.join(' ') || null })));
  rows.set('targets', model.indicators.flatMap((i) => i.series.filter((s) => s.target).map((s) => ({ indicator: i.id, jurisdiction: s.jurisdiction, target: s.target?.value ?? null }))));
  rows.set(
    'observations',
    model.indicators.flatMap((i) => i.series.flatMap((s) => s.observations.map((o) => ({ indicator: i.id, jurisdiction: s.jurisdiction, year: o.year, value: o.value, quality: o.quality, source: t(o.source), note: t(o.note) })))),
  );
  rows.set('references', r.references.map((ref) => ({ code: ref.code, framework: ref.framework, name: ref.name, label: ref.label })));
  rows.set('statuses', r.statuses.map((s) => ({ code: s.code, label: s.label, description: s.description })));
  rows.set('scales', r.scales.map((s) => ({ id: s.id, name: s.name, source: s.source, levels: joinLevels(s.levels) })));
  return rows;
}

function joinLevels(levels: Text[]): Text {
  const joined: Text = { en: levels.map((l) => l.en).join(' | ') };
  for (const locale of LOCALES) if (levels.length > 0 && levels.every((l) => l[locale])) joined[locale] = levels.map((l) => l[locale]).join(' | ');
  return joined;
}

const isText = (value: unknown): value is Text => typeof value === 'object' && value !== null && 'en' in value;

/** Headers of a sheet: its columns, and `<header>:<locale>` after each translatable column that has a translation in `rows`. */
function layout(sheet: Sheet, rows: SheetRows): { header: string; note: string; key: string; locale?: string; vocabulary?: readonly string[] }[] {
  return sheet.columns.flatMap((column) => {
    const base = { header: column.header, note: column.note, key: column.key, vocabulary: column.vocabulary };
    if (!column.translatable) return [base];
    const locales = LOCALES.filter((locale) => rows.some((row) => isText(row[column.key]) && (row[column.key] as Text)[locale]));
    return [base, ...locales.map((locale) => ({ header: `${column.header}:${locale}`, note: `Note: ${column.header} in ${locale}; empty shows the English.`, key: column.key, locale }))];
  });
}

function cellValue(value: Value | Text | undefined, locale?: string): Value {
  if (value === undefined || value === null) return null;
  if (isText(value)) return (locale ? value[locale as keyof Text] : value.en) || null;
  return value;
}

/** Writes an .xlsx workbook: the template when `model` is null, else the model's data. */
export async function writeWorkbook(path: string, model: Model | null): Promise<void> {
  const data = model ? modelRows(model) : new Map<string, SheetRows>();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Roadmap Monitor';
  for (const sheet of SHEETS) {
    const rows = data.get(sheet.name) ?? [];
    const columns = layout(sheet, rows);
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.columns = columns.map((c) => ({ header: c.header, key: `${c.key}:${c.locale ?? ''}`, width: Math.max(12, Math.min(48, c.header.length + 6)) }));
    ws.getRow(1).font = { bold: true };
    const notes = ws.addRow(columns.map((c) => c.note));
    notes.font = { italic: true, color: { argb: 'FF555555' } };
    notes.alignment = { wrapText: true, vertical: 'top' };
    for (const row of rows) ws.addRow(columns.map((c) => cellValue(row[c.key], c.locale)));
    const last = Math.max(rows.length + 2, 2000);
    columns.forEach((c, index) => {
      if (!c.vocabulary || c.locale) return;
      const letter = ws.getColumn(index + 1).letter;
      // exceljs writes sheet-level validations; its type declarations leave them out.
      (ws as unknown as { dataValidations: { add(range: string, validation: object): void } }).dataValidations.add(`${letter}3:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.vocabulary.join(',')}"`],
        showErrorMessage: true,
        errorTitle: `Not a ${c.header}`,
        error: `Choose one of: ${c.vocabulary.join(', ')}`,
      });
    });
  }
  await workbook.xlsx.writeFile(path);
}

/** Writes a folder of .csv files, one per sheet (UTF-8 with BOM, so that Excel reads the accents). */
export function writeCsvFolder(dir: string, model: Model | null): void {
  mkdirSync(dir, { recursive: true });
  const data = model ? modelRows(model) : new Map<string, SheetRows>();
  for (const sheet of SHEETS) {
    const rows = data.get(sheet.name) ?? [];
    const columns = layout(sheet, rows);
    const table = [columns.map((c) => c.header), columns.map((c) => c.note), ...rows.map((row) => columns.map((c) => cellValue(row[c.key], c.locale) ?? ''))];
    writeFileSync(join(dir, `${sheet.name}.csv`), `\uFEFF${Papa.unparse(table, { newline: '\n' })}\n`);
  }
}
