/** The checker's report in plain language (and as JSON for --json). */
import type { CheckResult } from './check';
import type { Issue } from './sheets';

function where(issue: Issue): string {
  const parts = [issue.sheet && `sheet "${issue.sheet}"`, issue.row !== undefined && `row ${issue.row}`, issue.column && `column "${issue.column}"`].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

function line(issue: Issue): string {
  const detail = [issue.found !== undefined && issue.found !== '' && `found ${JSON.stringify(issue.found)}`, issue.expected && `expected ${issue.expected}`].filter(Boolean).join('; ');
  return `  - ${where(issue)}${issue.message}${detail ? `\n      (${detail})` : ''}`;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function textReport(name: string, result: CheckResult): string {
  const errors = result.issues.filter((i) => i.severity === 'error');
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  const out = [`Checked ${name}`, ''];
  if (errors.length > 0) out.push(`Errors (${errors.length}) - these must be fixed before publishing:`, ...errors.map(line), '');
  if (warnings.length > 0) out.push(`Warnings (${warnings.length}) - the data can be published, but check these:`, ...warnings.map(line), '');
  const m = result.model;
  const counts = m
    ? ` Read ${plural(m.commitments.length, 'commitment')}, ${plural(m.commitments.reduce((n, c) => n + c.updates.length, 0), 'status update')}, ${plural(m.indicators.length, 'indicator')}.`
    : '';
  out.push(`Summary: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}.${counts}`);
  out.push(errors.length > 0 ? 'Fix the errors above and run data:check again.' : 'Ready: run data:build or site to publish it.');
  return out.join('\n');
}

export function jsonReport(name: string, result: CheckResult): string {
  return JSON.stringify({ file: name, errors: result.errors, warnings: result.warnings, issues: result.issues }, null, 2);
}
