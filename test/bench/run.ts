/**
 * `npm run bench`: runs every test/bench/*.bench.ts and *.chromium.ts script (each prints one JSON object per benchmark
 * on its own line), adds the bundle-size measurements, and writes .output/bench/results.json and a
 * Markdown table. Scripts run one after another so they don't disturb each other's timings.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BenchResult {
  name: string;
  unit: string;
  median: number;
  p95: number;
  runs: number;
  baseline: number;
  ratio: number;
  target: number;
}

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output/bench');
/** Gzipped budget per content-script entry: the page pays for every byte on every Partner Center load. */
const CONTENT_BUDGET_BYTES = 60 * 1024;

function isResult(value: unknown): value is BenchResult {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return typeof r.name === 'string' && typeof r.median === 'number' && typeof r.ratio === 'number';
}

function runScript(file: string): BenchResult[] {
  console.log(`▶ ${file}`);
  const run = spawnSync('npx', ['tsx', join('test/bench', file)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  if (run.status !== 0) {
    console.error(`  ✗ ${file} exited with ${run.status}\n${run.stderr.slice(-2000)}`);
    return [];
  }
  const results: BenchResult[] = [];
  for (const line of run.stdout.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) continue;
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (isResult(parsed)) results.push(parsed);
    } catch {
      // Not a result line (a script's own log output).
    }
  }
  return results;
}

function bundleSizes(): BenchResult[] {
  const dir = join(ROOT, '.output/chrome-mv3/content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const bytes = gzipSync(readFileSync(join(dir, file))).length;
      const kb = Math.round((bytes / 1024) * 10) / 10;
      return {
        name: file === 'partner-center.js' ? 'bundle.content' : `bundle.content.${file.replace(/\.js$/, '')}`,
        unit: 'KiB gzip',
        median: kb,
        p95: kb,
        runs: 1,
        baseline: CONTENT_BUDGET_BYTES / 1024,
        ratio: Math.round((bytes / CONTENT_BUDGET_BYTES) * 100) / 100,
        target: 1,
      };
    });
}

function markdown(results: BenchResult[]): string {
  const head =
    '| name | unit | median | p95 | runs | baseline | ratio | target | ok |\n|---|---|---|---|---|---|---|---|---|';
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.unit} | ${r.median} | ${r.p95} | ${r.runs} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.ratio <= r.target ? '✓' : '✗'} |`,
  );
  return [head, ...rows].join('\n');
}

// *.chromium.ts: scripts that drive Chromium themselves (page-annotate), alongside the *.bench.ts ones.
const scripts = readdirSync(join(ROOT, 'test/bench'))
  .filter((f) => f.endsWith('.bench.ts') || f.endsWith('.chromium.ts'))
  .sort();
const results = [...scripts.flatMap(runScript), ...bundleSizes()];
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const table = markdown(results);
writeFileSync(join(OUT, 'results.md'), `# Benchmarks (${new Date().toISOString()})\n\n${table}\n`);
console.log(`\n${table}\n\nWritten: .output/bench/results.json, .output/bench/results.md`);
