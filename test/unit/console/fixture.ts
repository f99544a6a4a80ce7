/** Loads a committed Partner Center fixture (test/fixtures/partner-center) into the test document. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from '../../sandbox/bss/generate/index';
import type { SiteDataset } from '../../sandbox/bss/types';

const DIR = join(import.meta.dirname, '../../fixtures/partner-center');

export function fixtureHtml(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

/** Replaces the global document's content with the fixture; returns the URL it was captured from. */
export function loadFixture(name: string): { url: string; generated: string } {
  const html = fixtureHtml(name);
  const header = /<!-- Generated (\d{4}-\d{2}-\d{2}) .*?: (\S+) -->/.exec(html);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return { url: header?.[2] ?? '', generated: header?.[1] ?? '' };
}

let dataset: ReturnType<typeof generateDataset> | undefined;
/** The dataset the fixtures were generated from (seed 7, 300 customers): page and data must agree. */
export function fixtureData(site: 'cn' | 'intl'): SiteDataset {
  dataset ??= generateDataset({ seed: 7, customers: 300 });
  return dataset.sites[site];
}
