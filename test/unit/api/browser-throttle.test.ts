// @vitest-environment node
/** The model of Chromium's extension back-off (extension_throttle_entry.cc): what it counts and how long it holds. */
import { describe, expect, it } from 'vitest';
import { BrowserThrottle, chromiumBackoffMs } from '@/utils/api/browser-throttle';

const URL_A = 'https://bss.test/v2/things';
const URL_B = 'https://bss.test/v2/other';

describe('chromiumBackoffMs: 2 errors ignored, then 700 ms · 1.4^(n−3) and a 50 ms margin', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 750],
    [4, 1030],
    [5, 1422],
    [6, 1971],
  ])('%i counted answers → %i ms', (count, ms) => {
    expect(chromiumBackoffMs(count)).toBe(ms);
  });
});

function model() {
  let t = 1_000_000;
  const throttle = new BrowserThrottle(() => t);
  return { throttle, advance: (ms: number) => (t += ms) };
}

describe('BrowserThrottle', () => {
  it.each([
    { label: '500 × 3', statuses: [500, 500, 500], wait: 750 },
    { label: '503 × 4', statuses: [503, 503, 503, 503], wait: 1030 },
    { label: '509 × 3', statuses: [509, 509, 509], wait: 750 },
    // Chromium does not back off on gateway errors or throttling answers: they take one off the count.
    { label: '502 and 504 are not counted', statuses: [502, 504, 502, 504, 502], wait: 0 },
    { label: '429 is not counted', statuses: [429, 429, 429, 429], wait: 0 },
    { label: 'a success between takes one off (503 503 200 503 → 2)', statuses: [503, 503, 200, 503], wait: 0 },
    {
      label: 'a success decays, it does not reset (503 ×3 200 503 → 3)',
      statuses: [503, 503, 503, 200, 503],
      wait: 750,
    },
    // No answer (network failure, timeout): Chromium learns nothing either.
    { label: 'no answer is not counted', statuses: [503, 503, 0, 0, 0], wait: 0 },
  ])('$label → next request waits $wait ms', ({ statuses, wait }) => {
    const { throttle } = model();
    for (const status of statuses) throttle.observe(URL_A, status);
    expect(throttle.waitMs(URL_A)).toBe(wait);
  });

  it('a success keeps the release time already set, like Chromium', () => {
    const { throttle, advance } = model();
    for (const status of [503, 503, 503]) throttle.observe(URL_A, status);
    advance(100);
    throttle.observe(URL_A, 200);
    expect(throttle.waitMs(URL_A)).toBe(650);
  });

  it('is per URL: another path is not held back', () => {
    const { throttle } = model();
    for (const status of [503, 503, 503, 503]) throttle.observe(URL_A, status);
    expect(throttle.waitMs(URL_B)).toBe(0);
  });

  it('the wait runs down with time and the entry is forgotten 2 min after its release', () => {
    const { throttle, advance } = model();
    for (const status of [503, 503, 503]) throttle.observe(URL_A, status);
    advance(700);
    expect(throttle.waitMs(URL_A)).toBe(50);
    advance(50 + 2 * 60_000 + 1);
    // Forgotten: one more 503 is the first of a new run, not the 4th.
    throttle.observe(URL_A, 503);
    expect(throttle.waitMs(URL_A)).toBe(0);
  });
});
