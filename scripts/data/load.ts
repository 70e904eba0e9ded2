/** Reading a workbook for the mock API (MOCK_DATA): checked, served as a preview. */
import { resolve } from 'node:path';
import type { Model } from '../../mocks/data/model';
import { checkBook } from './check';
import { readSource } from './read';
import { textReport } from './report';

export interface MockData {
  model: Model;
  builtAt: string;
}

/** Reads and checks the workbook; throws with the checker's report when it has errors. */
export async function loadMockData(file: string): Promise<MockData> {
  const book = await readSource(resolve(file));
  const result = checkBook(book, { kind: 'preview' });
  if (!result.model) throw new Error(`MOCK_DATA=${file} has errors, so the mock API cannot serve it:\n\n${textReport(book.name, result)}`);
  if (result.warnings > 0) console.warn(textReport(book.name, result));
  return { model: result.model, builtAt: new Date().toISOString() };
}
