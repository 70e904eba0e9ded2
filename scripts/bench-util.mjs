/**
 * Helpers for the performance benchmark (scripts/bench.mjs): child processes that are always
 * cleaned up (also on Ctrl-C and on a crash), free ports, HTTP readiness, statistics, formatting.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';

/** Every child process we started; each is the leader of its own process group. */
const children = new Set();
/** Async clean-up steps (browsers, servers), run on normal exit and on a signal. */
const closers = new Set();
/** Process groups started by libraries (Lighthouse's Chrome), killed synchronously on exit. */
const groups = new Set();
/** Set once a signal arrived: nothing new may start after that. */
let stopping = false;
let stopCode = 130;

export class InterruptedError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}

export function isStopping() {
  return stopping;
}

/** The exit code for the signal that stopped the benchmark (130 for Ctrl-C). */
export function stopExitCode() {
  return stopCode;
}

/** Throws when the benchmark is being stopped; call before starting anything new. */
export function checkNotStopping() {
  if (stopping) throw new InterruptedError();
}

/** Remembers a process group to SIGKILL on exit; returns a function that forgets it. */
export function trackGroup(pid) {
  groups.add(pid);
  return () => groups.delete(pid);
}

/** A TCP port that is free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns a child in its own process group (detached), so that stopping it also stops whatever it
 * spawned (npx, esbuild, ...). Output is kept (last lines) for error messages unless `inherit`.
 */
export function spawnTracked(name, command, args, { cwd, env = {}, inherit = false } = {}) {
  checkNotStopping();
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: process.platform !== 'win32',
    stdio: inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  child.benchName = name;
  child.outputLines = [];
  if (!inherit) {
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        child.outputLines.push(...chunk.split('\n').filter((l) => l.trim() !== ''));
        if (child.outputLines.length > 200) child.outputLines.splice(0, child.outputLines.length - 200);
      });
    }
  }
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function outputTail(child, lines = 15) {
  return (child.outputLines ?? []).slice(-lines).join('\n');
}

function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

function killGroup(child, signal) {
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the child's process group, SIGKILL after 3 s. */
export async function stopChild(child) {
  if (!child) return;
  if (!hasExited(child)) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
  // Grandchildren that ignored SIGTERM.
  killGroup(child, 'SIGKILL');
  children.delete(child);
}

/** Runs a command to completion (tracked, so Ctrl-C stops it); resolves with its exit code. */
export function runCommand(name, command, args, options) {
  const child = spawnTracked(name, command, args, options);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Registers an async clean-up step; returns a function that unregisters it. */
export function addCloser(fn) {
  if (stopping) {
    // Too late to wait for the clean-up: run it now.
    void Promise.resolve()
      .then(fn)
      .catch(() => undefined);
    return () => undefined;
  }
  closers.add(fn);
  return () => closers.delete(fn);
}

/** Runs every clean-up step (each bounded to 5 s), then stops every child. */
export async function cleanUp() {
  const steps = [...closers];
  closers.clear();
  await Promise.all(
    steps.map((fn) =>
      Promise.race([Promise.resolve().then(fn), new Promise((resolve) => setTimeout(resolve, 5000).unref())]).catch(() => undefined),
    ),
  );
  await Promise.all([...children].map((child) => stopChild(child)));
}

function killAllSync() {
  for (const child of children) killGroup(child, 'SIGKILL');
  children.clear();
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  groups.clear();
}

let handlersInstalled = false;
/** Ctrl-C, SIGTERM and process exit never leave servers or browsers behind. */
export function installCleanupHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllSync);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stopCode = code;
      console.error(`\nbench: ${signal} received, stopping servers and browsers...`);
      const hardExit = setTimeout(() => process.exit(code), 8000);
      hardExit.unref();
      void cleanUp().finally(() => process.exit(code));
    });
  }
}

/** Polls `url` until it answers 2xx; fails early when `child` exits. */
export async function waitForHttp(url, { timeoutMs = 60_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (child && hasExited(child)) {
      throw new Error(`${child.benchName} exited (code ${child.exitCode}) before ${url} answered:\n${outputTail(child)}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${lastError})${child ? `\n${outputTail(child)}` : ''}`);
}

export async function fetchJson(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return response.json();
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function max(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return numbers.length === 0 ? null : Math.max(...numbers);
}

export function min(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return numbers.length === 0 ? null : Math.min(...numbers);
}

export function round(value, digits = 0) {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Plain-text table: rows of cells, first row is the header; numeric-looking cells align right. */
export function formatTable(rows, indent = '  ') {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell ?? '').length)));
  const isNumeric = (s) => /^[<>≤≥]?\s?-?[\d.,]+( ?(KB|ms|s|%))?$/.test(s);
  return rows
    .map((row, r) =>
      indent +
      row
        .map((cell, i) => {
          const text = String(cell ?? '');
          return r > 0 && isNumeric(text) ? text.padStart(widths[i]) : text.padEnd(widths[i]);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
