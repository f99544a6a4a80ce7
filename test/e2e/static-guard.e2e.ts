/**
 * Static guard (security.md G10/G13): no code path turns strings into markup or code, neither in our
 * source nor in the bundles we ship (dependencies included).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FORBIDDEN: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\s*=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** In our own source the prop itself is banned too; in bundles only the sinks count (Preact names the prop). */
const SOURCE_ONLY: Array<[string, RegExp]> = [['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/]];

function violations(paths: string[], rules = FORBIDDEN): string[] {
  return paths.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return rules.filter(([, re]) => re.test(text)).map(([what]) => `${relative(ROOT, path)}: ${what}`);
  });
}

describe('static guard', () => {
  it('the shipped source never injects markup or evaluates strings', () => {
    const source = ['entrypoints', 'components', 'utils'].flatMap((d) => files(join(ROOT, d), /\.(ts|tsx|html)$/));
    expect(source.length).toBeGreaterThan(20);
    expect(violations(source, [...FORBIDDEN, ...SOURCE_ONLY])).toEqual([]);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('the %s build never injects markup or evaluates strings', (target) => {
    const built = files(join(ROOT, '.output', target), /\.(js|html)$/);
    expect(built.length).toBeGreaterThan(3);
    expect(violations(built)).toEqual([]);
  });
});
