/** Runs the journeys in order, screenshots each one, and writes `.output/demo/report.md`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DemoContext, Journey, JourneyRun } from './journey';

export interface JourneyResult {
  journey: Journey;
  ok: boolean;
  checks: string[];
  error: string | null;
  screenshot: string | null;
  ms: number;
}

export async function runJourneys(ctx: DemoContext, journeys: Journey[], outDir: string): Promise<JourneyResult[]> {
  mkdirSync(outDir, { recursive: true });
  const results: JourneyResult[] = [];
  for (const [i, journey] of journeys.entries()) {
    const started = Date.now();
    const run: JourneyRun = { page: null, checks: [] };
    let error: string | null = null;
    try {
      await journey.run(ctx, run);
    } catch (err) {
      error = err instanceof Error ? (err.message.split('\n')[0] ?? err.name) : String(err);
    }
    let screenshot: string | null = null;
    if (run.page && !run.page.isClosed()) {
      screenshot = join(outDir, `${String(i + 1).padStart(2, '0')}-${journey.id}.png`);
      await run.page.screenshot({ path: screenshot, fullPage: run.fullPage ?? true }).catch(() => {
        screenshot = null;
      });
    }
    const result = { journey, ok: error === null, checks: run.checks, error, screenshot, ms: Date.now() - started };
    results.push(result);
    console.log(
      `${result.ok ? '✓' : '✗'} ${journey.title} (${(result.ms / 1000).toFixed(1)} s)${error ? `: ${error}` : ''}`,
    );
  }
  return results;
}

export function writeReport(outDir: string, results: JourneyResult[], facts: string[], errors: string[]): string {
  const lines = ['# Partner Assistant demo', '', ...facts.map((f) => `- ${f}`), ''];
  for (const r of results) {
    lines.push(`## ${r.ok ? '✓' : '✗'} ${r.journey.title}`, '');
    for (const c of r.checks) lines.push(`- ✓ ${c.replaceAll('\n', ' / ')}`);
    if (r.error) lines.push(`- ✗ ${r.error}`);
    if (r.screenshot) lines.push('', `![${r.journey.id}](${relative(outDir, r.screenshot)})`);
    lines.push('', `_${(r.ms / 1000).toFixed(1)} s_`, '');
  }
  lines.push('## Console errors in extension contexts', '');
  lines.push(...(errors.length ? errors.map((e) => `- ${e}`) : ['None.']), '');
  const path = join(outDir, 'report.md');
  writeFileSync(path, lines.join('\n'));
  return path;
}
