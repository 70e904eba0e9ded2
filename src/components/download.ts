import type { CsvInput } from '../domain/csv';

/** Saves a Blob as a file through a temporary link to a Blob URL. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Saves a table as a CSV file (UTF-8 with BOM, formula-safe cells; see domain/csv). The CSV writer
 * is loaded on the first download, so that no screen waits for it.
 */
export async function downloadCsv(input: CsvInput, fileNameParts: readonly string[]): Promise<void> {
  const { csvBlob, csvFileName, toCsv } = await import('../domain/csv');
  download(csvBlob(toCsv(input)), csvFileName(fileNameParts));
}
