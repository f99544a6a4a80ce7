import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobList } from '@/components/options/JobList';
import { setLang } from '@/utils/i18n';
import type { SyncJobStatus } from '@/utils/messages/sync';

beforeEach(() => setLang('en'));
afterEach(cleanup);

const job = (more: Partial<SyncJobStatus>): SyncJobStatus => ({
  id: 'resources',
  state: 'idle',
  done: 0,
  total: null,
  lastSuccessAt: null,
  ...more,
});

describe('JobList', () => {
  it('says how far a resources pass run in parts got and that it goes on', () => {
    const at = new Date(2026, 0, 5, 14, 5).getTime();
    const { container } = render(<JobList jobs={[job({ done: 200, total: 17_000, continuesAt: at })]} />);
    const row = container.querySelector('li[data-job="resources"]');
    expect(row?.getAttribute('data-continues')).toBe('true');
    expect(row?.textContent).toContain('checked 200 of 17000 customers at risk (those who cannot buy first)');
    expect(row?.textContent).toMatch(/continues at (14:05|0?2:05\sPM)/);
  });

  it('a complete pass reads as up to date', () => {
    const { container } = render(<JobList jobs={[job({ done: 300, total: 300, lastSuccessAt: 1 })]} />);
    expect(container.querySelector('li[data-job="resources"]')?.textContent).toContain('up to date');
  });
});
