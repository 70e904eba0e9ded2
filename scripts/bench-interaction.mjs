/**
 * Interaction timing on a big commitments table (mock API scenario `large`), in Chromium.
 *
 * For each sample a MutationObserver is put on the table (and its wrappers) before the action; a
 * capture listener on document records the action's event time (click / input / change). Each
 * batch of content mutations (rows, cells, text; attributes inside the table such as aria-sort)
 * schedules a requestAnimationFrame; the sample is over once the table's content has not changed
 * for QUIET_MS. Attribute changes on the wrappers (e.g. a "pending" class) are logged, not timed.
 * Reported per sample:
 *   firstMs   action -> first frame after the first table mutation (the table starts to change)
 *   settledMs action -> first frame after the last table mutation (the table shows the result)
 * The budget applies to settledMs.
 */
/* global window, document, MutationObserver, requestAnimationFrame -- installProbe and the
   page.evaluate callbacks run in the browser page. */
import { median, max, round, sleep } from './bench-util.mjs';

const QUIET_MS = 400;
const SAMPLE_TIMEOUT_MS = 8000;

/** Installed into the page: finds the commitments table and measures one update of it. */
function installProbe(quietMs) {
  if (window.__bench) return;
  const commitmentRe = /commitment/i;
  const isFormControl = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!el?.closest?.('input, select, textarea, option, [contenteditable="true"]');
  };
  const inSvg = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!el?.closest?.('svg');
  };
  const labelOf = (table) => {
    const parts = [];
    const caption = table.querySelector(':scope > caption');
    if (caption) parts.push(caption.textContent ?? '');
    if (table.getAttribute('aria-label')) parts.push(table.getAttribute('aria-label'));
    for (const id of (table.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
      parts.push(document.getElementById(id)?.textContent ?? '');
    }
    const region = table.closest('section, [role="region"], article');
    const heading = region?.querySelector('h1, h2, h3, h4');
    if (heading) parts.push(heading.textContent ?? '');
    return parts.join(' | ').replace(/\s+/g, ' ').trim();
  };
  const bodyRows = (table) => table.querySelectorAll(':scope > tbody > tr').length;

  window.__bench = {
    state: null,
    stop: null,
    /** Commitments table: one labelled so, else the biggest table with at least 20 rows. */
    findTable() {
      const tables = [...document.querySelectorAll('table')];
      const labelled = tables.filter((t) => commitmentRe.test(labelOf(t)) && bodyRows(t) > 0);
      if (labelled.length > 0) return { table: labelled.sort((a, b) => bodyRows(b) - bodyRows(a))[0], how: 'label' };
      const big = tables.filter((t) => bodyRows(t) >= 20).sort((a, b) => bodyRows(b) - bodyRows(a));
      if (big.length > 0) return { table: big[0], how: 'size' };
      return null;
    },
    describe() {
      const found = this.findTable();
      const tables = [...document.querySelectorAll('table')].map((t) => ({ label: labelOf(t).slice(0, 120), rows: bodyRows(t) }));
      if (!found) return { found: false, tables };
      const index = [...document.querySelectorAll('table')].indexOf(found.table);
      const firstRow = found.table.querySelector(':scope > tbody > tr');
      return {
        found: true,
        how: found.how,
        index,
        label: labelOf(found.table).slice(0, 160),
        rows: bodyRows(found.table),
        firstRowText: firstRow ? (firstRow.innerText ?? firstRow.textContent ?? '').slice(0, 400) : '',
        headerButtons: [...found.table.querySelectorAll(':scope > thead button')].map((b) => ({
          text: (b.textContent ?? '').replace(/[▲▼↕]/g, '').trim(),
          sorted: b.closest('th')?.getAttribute('aria-sort') ?? null,
        })),
        tables,
      };
    },
    /** Starts watching; false when there is no table. */
    arm() {
      this.disarm();
      const found = this.findTable();
      if (!found) return false;
      const table = found.table;
      // Watch the table and the wrappers around it that hold no chart and no form control
      // (charts animate; inputs mirror their value into attributes).
      let root = table;
      for (let i = 0; i < 3; i += 1) {
        const parent = root.parentElement;
        if (!parent || parent.matches('main, body, [role="main"]')) break;
        const foreign = [...parent.querySelectorAll('svg, input, select, textarea')].some((el) => !table.contains(el));
        if (foreign) break;
        root = parent;
      }
      const st = {
        t0: null,
        eventType: null,
        firstMutation: null,
        lastMutation: null,
        firstFrame: null,
        lastFrame: null,
        batches: 0,
        log: [],
        done: false,
        rowsBefore: bodyRows(table),
        rowsAfter: null,
      };
      this.state = st;
      const onEvent = (event) => {
        if (st.t0 !== null) return;
        const now = performance.now();
        const ts = event.timeStamp;
        st.t0 = ts > 0 && ts <= now && now - ts < 1000 ? ts : now;
        st.eventType = event.type;
      };
      const types = ['click', 'input', 'change'];
      for (const type of types) document.addEventListener(type, onEvent, true);
      let quiet = null;
      // Content: rows, cells and text anywhere in the watched root, attributes inside the table
      // (aria-sort, ...). Attribute changes on the wrappers (a "pending" class, say) are logged
      // but do not count as the table's update.
      const isContent = (r) =>
        r.type === 'childList' || r.type === 'characterData' || (r.type === 'attributes' && table.isConnected && table.contains(r.target));
      const observer = new MutationObserver((records) => {
        if (st.t0 === null || st.done) return;
        const relevant = records.filter((r) => !isFormControl(r.target) && !inSvg(r.target));
        if (relevant.length === 0) return;
        const now = performance.now();
        const content = relevant.some(isContent);
        if (st.log.length < 12) {
          const kinds = new Set();
          for (const r of relevant) {
            const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
            const where = el ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}` : '?';
            kinds.add(r.type === 'attributes' ? `${r.attributeName} on ${where}` : `${r.type} in ${where}`);
          }
          st.log.push({ atMs: Math.round((now - st.t0) * 10) / 10, content, records: relevant.length, what: [...kinds].slice(0, 4).join(', ') });
        }
        if (!content) return;
        st.batches += 1;
        if (st.firstMutation === null) st.firstMutation = now;
        st.lastMutation = now;
        requestAnimationFrame(() => {
          const frame = performance.now();
          if (st.firstFrame === null) st.firstFrame = frame;
          if (st.lastMutation !== null && st.lastMutation <= frame) st.lastFrame = frame;
        });
        clearTimeout(quiet);
        quiet = setTimeout(() => {
          st.done = true;
          st.rowsAfter = this.findTable() ? bodyRows(this.findTable().table) : 0;
        }, quietMs);
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      this.stop = () => {
        observer.disconnect();
        clearTimeout(quiet);
        for (const type of types) document.removeEventListener(type, onEvent, true);
      };
      return true;
    },
    disarm() {
      this.stop?.();
      this.stop = null;
    },
    read() {
      this.disarm();
      const st = this.state;
      if (!st) return null;
      const end = st.lastFrame ?? st.lastMutation;
      return {
        eventType: st.eventType,
        actionSeen: st.t0 !== null,
        done: st.done,
        batches: st.batches,
        log: st.log,
        rowsBefore: st.rowsBefore,
        rowsAfter: st.rowsAfter,
        firstMs: st.t0 !== null && st.firstFrame !== null ? st.firstFrame - st.t0 : null,
        settledMs: st.t0 !== null && end !== null ? end - st.t0 : null,
        mutationMs: st.t0 !== null && st.lastMutation !== null ? st.lastMutation - st.t0 : null,
      };
    },
  };
}

async function measure(page, action) {
  const armed = await page.evaluate(() => window.__bench.arm());
  if (!armed) return { error: 'table not found before the action' };
  await action();
  let timedOut = false;
  try {
    await page.waitForFunction(() => window.__bench.state?.done === true, null, { timeout: SAMPLE_TIMEOUT_MS, polling: 50 });
  } catch {
    timedOut = true;
  }
  const sample = await page.evaluate(() => window.__bench.read());
  if (timedOut) {
    return {
      ...sample,
      error: sample?.actionSeen ? `table did not change within ${SAMPLE_TIMEOUT_MS / 1000} s` : 'the action fired no click/input/change event',
    };
  }
  return sample;
}

/** Wrapper attribute changes after the table's last content change (not timed, but worth knowing). */
function lateWrapperChanges(samples) {
  const late = samples.flatMap((s) => (s.log ?? []).filter((l) => !l.content && s.mutationMs !== null && l.atMs > s.mutationMs));
  if (late.length === 0) return null;
  return { samples: samples.filter((s) => (s.log ?? []).some((l) => late.includes(l))).length, maxAtMs: max(late.map((l) => l.atMs)), what: [...new Set(late.map((l) => l.what))].join('; ') };
}

function summary(samples) {
  const settled = samples.map((s) => (s.error ? null : s.settledMs));
  const first = samples.map((s) => (s.error ? null : s.firstMs));
  return {
    samples: samples.map((s) => ({ ...s, firstMs: round(s.firstMs, 1), settledMs: round(s.settledMs, 1), mutationMs: round(s.mutationMs, 1) })),
    failed: samples.filter((s) => s.error).length,
    medianMs: round(median(settled), 1),
    maxMs: round(max(settled), 1),
    firstMedianMs: round(median(first), 1),
    firstMaxMs: round(max(first), 1),
    lateWrapperChanges: lateWrapperChanges(samples),
    warnings: [...new Set(samples.map((s) => s.warning).filter(Boolean))],
  };
}

async function firstVisible(candidates) {
  for (const locator of candidates) {
    const count = await locator.count().catch(() => 0);
    for (let i = 0; i < count; i += 1) {
      const item = locator.nth(i);
      if (await item.isVisible().catch(() => false)) return item;
    }
  }
  return null;
}

/** The status filter: a <select>, or a group of radios / checkboxes named "status". */
async function statusFilterActions(page, reps) {
  const select = await firstVisible([
    page.getByRole('combobox', { name: /status/i }),
    page.getByRole('listbox', { name: /status/i }),
    page.getByLabel(/status/i).locator('xpath=self::select'),
  ]);
  if (select && (await select.evaluate((el) => el.tagName === 'SELECT'))) {
    const { options, current } = await select.evaluate((el) => ({
      options: [...el.options].filter((o) => !o.disabled).map((o) => ({ value: o.value, label: (o.textContent ?? '').trim() })),
      current: el.value,
    }));
    const isAll = (o) => o.value === '' || /^(all|any|every)/i.test(o.label) || /^(all|any)$/i.test(o.value);
    const specific = options.filter((o) => !isAll(o));
    const all = options.find(isAll);
    if (specific.length === 0) return { error: 'the status filter has no status to choose' };
    // Each sample changes the selection: status 1, status 2, ... (back to "all" when only one).
    const sequence = [];
    let previous = current;
    for (let i = 0; sequence.length < reps && i < reps * 4; i += 1) {
      const next = specific.length > 1 || !all ? specific[i % specific.length] : i % 2 === 0 ? specific[0] : all;
      if (next.value === previous) continue;
      sequence.push(next);
      previous = next.value;
    }
    return {
      control: 'select',
      steps: sequence.map((option) => ({ label: `status = ${option.label || 'all'}`, run: () => select.selectOption(option.value) })),
    };
  }
  const group = await firstVisible([
    page.getByRole('radiogroup', { name: /status/i }),
    page.getByRole('group', { name: /status/i }),
  ]);
  if (group) {
    const radios = group.getByRole('radio');
    const checkboxes = group.getByRole('checkbox');
    const radioCount = await radios.count();
    const checkboxCount = await checkboxes.count();
    if (radioCount > 1) {
      const steps = [];
      let index = 1;
      for (let i = 0; i < reps; i += 1) {
        const target = radios.nth(index % radioCount);
        const name = (await target.getAttribute('aria-label')) ?? (await target.evaluate((el) => el.labels?.[0]?.textContent ?? el.value));
        steps.push({ label: `status = ${String(name).trim()}`, run: () => target.check() });
        index += 1;
        if (index % radioCount === 0) index += 1;
      }
      return { control: 'radio group', steps };
    }
    if (checkboxCount > 0) {
      const target = checkboxes.first();
      return {
        control: 'checkbox group',
        steps: Array.from({ length: reps }, (_, i) => ({ label: `toggle first status (${i % 2 === 0 ? 'on/off' : 'back'})`, run: () => target.click() })),
      };
    }
  }
  return { error: 'no status filter (a select, radio group or checkbox group named "status")' };
}

/** A sortable column header button of the table, clicked reps times (asc, desc, none, ...). */
async function sortActions(page, info, reps) {
  if (info.headerButtons.length === 0) return { error: 'the table has no sortable column header button' };
  const preferred = info.headerButtons.findIndex((b) => !b.sorted && /deadline|title|commitment|status|institution/i.test(b.text));
  const unsorted = info.headerButtons.findIndex((b) => !b.sorted);
  const index = preferred >= 0 ? preferred : unsorted >= 0 ? unsorted : 0;
  const button = page.locator('table').nth(info.index).locator('thead button').nth(index);
  return {
    control: `column "${info.headerButtons[index].text}"`,
    steps: Array.from({ length: reps }, (_, i) => ({ label: `click ${i + 1}`, run: () => button.click() })),
  };
}

/** A search box: type a word taken from the first row, then clear it, alternately. */
async function searchActions(page, info, reps) {
  const box = await firstVisible([
    page.getByRole('searchbox'),
    page.getByRole('textbox', { name: /search|filter|find|keyword|text/i }),
    page.getByPlaceholder(/search|filter|find/i),
  ]);
  if (!box) return { error: 'no search box (role searchbox, or a text box named search/filter/find)' };
  const words = (info.firstRowText.match(/[A-Za-z]{5,}/g) ?? []).filter((w) => !/^(not|started|progress|completed|discontinued|overdue)$/i.test(w));
  const term = (words[0] ?? 'law').toLowerCase();
  // Each step types the term into an empty box or clears a filled one, whatever the box holds
  // (an app may rewrite it from the URL), and checks afterwards that the text was kept.
  return {
    control: `search box, term "${term}"`,
    steps: Array.from({ length: reps }, () => {
      const step = {
        label: 'type or clear',
        run: async () => {
          const before = await box.inputValue();
          step.expected = before === '' ? term : '';
          step.label = before === '' ? `type "${term}"` : 'clear';
          await box.fill(step.expected);
        },
        check: async () => {
          const after = await box.inputValue();
          return after === step.expected ? null : `the app replaced the search text "${step.expected}" with "${after}"`;
        },
      };
      return step;
    }),
  };
}

async function runSteps(page, plan) {
  if (plan.error) return { status: 'n/a', reason: plan.error };
  const samples = [];
  for (const step of plan.steps) {
    const sample = await measure(page, step.run);
    const warning = step.check ? await step.check() : null;
    samples.push({ step: step.label, ...sample, ...(warning ? { warning } : {}) });
    await sleep(250);
  }
  return { status: 'measured', control: plan.control, ...summary(samples) };
}

/**
 * Opens `route` (a jurisdiction page) and times the status filter, a sort and the search box.
 * Sections that cannot be found on the page come back as { status: 'n/a', reason }.
 */
export async function measureInteractions(browser, { baseUrl, route, reps, log }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
    const loadStarted = Date.now();
    await page.goto(baseUrl + route, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(installProbe, QUIET_MS);

    // Wait for the commitments table (the large payload takes a moment).
    let info = null;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      info = await page.evaluate(() => window.__bench.describe());
      if (info.found && info.how === 'label') break;
      await sleep(250);
    }
    if (!info?.found) {
      const seen = info?.tables?.length ? `tables on the page: ${info.tables.map((t) => `"${t.label}" (${t.rows} rows)`).join('; ')}` : 'no table on the page';
      return { status: 'n/a', reason: `no commitments table on ${route} within 30 s (${seen})`, pageErrors };
    }
    const tableReadyMs = Date.now() - loadStarted;
    // Let the page settle (lazy chunks, idle callbacks) before timing.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    await sleep(500);
    info = await page.evaluate(() => window.__bench.describe());
    log(`table found (${info.how === 'label' ? `"${info.label}"` : 'largest table'}, ${info.rows} rows shown) after ${(tableReadyMs / 1000).toFixed(1)} s`);

    const results = { status: 'measured', table: { label: info.label, how: info.how, rowsShown: info.rows, readyMs: tableReadyMs }, pageErrors };

    // Sort and search first, the filter last: a filter could leave few rows to sort.
    const plans = [
      ['sort', () => sortActions(page, info, reps)],
      ['search', () => searchActions(page, info, reps)],
      ['filter', () => statusFilterActions(page, reps)],
    ];
    for (const [name, makePlan] of plans) {
      // Back to the page's initial state (sort, search and filter live in the URL).
      await page.goto(baseUrl + route, { waitUntil: 'load', timeout: 60_000 });
      await page.evaluate(installProbe, QUIET_MS);
      const ready = await page
        .waitForFunction(() => window.__bench.describe().found, null, { timeout: 30_000, polling: 100 })
        .then(() => true)
        .catch(() => false);
      if (!ready) {
        results[name] = { status: 'error', reason: 'commitments table did not come back after reloading the page' };
        continue;
      }
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      await sleep(300);
      const current = await page.evaluate(() => window.__bench.describe());
      let outcome;
      try {
        outcome = await runSteps(page, await makePlan.call(null, current));
      } catch (error) {
        outcome = { status: 'error', reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
      }
      results[name] = outcome;
      if (outcome.status === 'measured') {
        log(`${name}: ${outcome.control}: median ${outcome.medianMs ?? '-'} ms, max ${outcome.maxMs ?? '-'} ms${outcome.failed ? `, ${outcome.failed} sample(s) failed` : ''}`);
      } else {
        log(`${name}: ${outcome.status} (${outcome.reason})`);
      }
    }
    return results;
  } finally {
    await context.close().catch(() => undefined);
  }
}
