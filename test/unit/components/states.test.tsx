import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmptyState } from '@/components/EmptyState';
import { SyncStrip } from '@/components/SyncStrip';
import { setLang } from '@/utils/i18n';
import type { SyncStatus } from '@/utils/messages/sync';
import { NOW } from './fixtures';

beforeEach(() => setLang('en'));
afterEach(cleanup);

function status(more: Partial<SyncStatus>): SyncStatus {
  return {
    jobs: [],
    progress: null,
    error: null,
    running: false,
    lastSuccessAt: NOW - 5 * 60_000,
    stale: false,
    clockSkewMs: null,
    ...more,
  };
}

describe('SyncStrip', () => {
  it('shows the age and a sync button when idle', () => {
    const onAction = vi.fn();
    render(<SyncStrip status={status({})} syncedAt={null} now={NOW} onAction={onAction} />);
    expect(screen.getByText('Updated 5 minutes ago')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(onAction).toHaveBeenCalledWith('sync');
  });

  it('shows a progress bar while running', () => {
    render(
      <SyncStrip
        status={status({ running: true, progress: { done: 40, total: 200 } })}
        syncedAt={null}
        now={NOW}
        onAction={() => {}}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Syncing… 40 of 200' });
    expect(bar.getAttribute('value')).toBe('40');
  });

  it.each([
    [{ reason: 'clock-skew', at: NOW, skewMs: 20 * 60_000 }, "Your computer's clock is 20 min off", 'Sync now', 'sync'],
    [{ reason: 'auth', at: NOW }, 'The AK/SK was rejected.', 'Open settings', 'options'],
    [{ reason: 'locked', at: NOW }, 'Locked.', 'Unlock', 'unlock'],
  ] as const)('words the error %j with its fix', (error, text, button, action) => {
    const onAction = vi.fn();
    render(<SyncStrip status={status({ error })} syncedAt={null} now={NOW} onAction={onAction} />);
    expect(screen.getByRole('alert').textContent).toContain(text);
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(onAction).toHaveBeenCalledWith(action);
  });

  it('in Chinese too', () => {
    setLang('zh_CN');
    const error = { reason: 'clock-skew' as const, at: NOW, skewMs: -20 * 60_000 };
    render(<SyncStrip status={status({ error })} syncedAt={null} now={NOW} onAction={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('本机时钟偏差约 20 分钟');
  });

  it('says the cached data may be out of date when the status is stale', () => {
    const error = { reason: 'network' as const, at: NOW };
    render(<SyncStrip status={status({ error, stale: true })} syncedAt={null} now={NOW} onAction={() => {}} />);
    expect(screen.getByText('Showing saved data; it may be out of date.')).toBeTruthy();
    expect(screen.getByText('Updated 5 minutes ago')).toBeTruthy();
  });

  it('says when nothing was synced yet', () => {
    render(<SyncStrip status={null} syncedAt={null} now={NOW} onAction={() => {}} />);
    expect(screen.getByText('Not synced yet')).toBeTruthy();
  });
});

describe('EmptyState', () => {
  it('no credentials: offers settings and page-only mode', () => {
    const onOpenOptions = vi.fn();
    const onPageOnly = vi.fn();
    render(<EmptyState kind="no-credentials" onOpenOptions={onOpenOptions} onPageOnly={onPageOnly} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add credentials' }));
    fireEvent.click(screen.getByRole('button', { name: 'Use page-only mode' }));
    expect(onOpenOptions).toHaveBeenCalled();
    expect(onPageOnly).toHaveBeenCalled();
  });

  it('locked: unlocks with the passphrase, shows a wrong one, and clears the field', async () => {
    const onUnlock = vi.fn().mockResolvedValueOnce('Wrong passphrase.').mockResolvedValueOnce(null);
    render(<EmptyState kind="locked" onUnlock={onUnlock} />);
    const field = screen.getByLabelText('Passphrase') as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'secret passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Wrong passphrase.'));
    expect(onUnlock).toHaveBeenCalledWith('secret passphrase');
    expect(field.value).toBe('');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it.each([
    ['first-sync', 'First sync running'],
    ['never-synced', 'No customers cached yet'],
    ['no-match', 'No customer matches.'],
  ] as const)('%s', (kind, text) => {
    const { container } = render(<EmptyState kind={kind} />);
    expect(container.textContent).toContain(text);
  });
});
