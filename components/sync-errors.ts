/** Each sync failure in words, what fixes it, and which button does that. */
import type { MessageKey } from '@/utils/i18n';
import type { SyncErrorReason } from '@/utils/messages/sync';

export type SyncFixAction = 'sync' | 'options' | 'unlock';

export interface SyncErrorText {
  problem: MessageKey;
  fix: MessageKey;
  action: SyncFixAction;
}

export const SYNC_ERRORS: Readonly<Record<SyncErrorReason, SyncErrorText>> = {
  'clock-skew': { problem: 'syncErrClock', fix: 'syncFixClock', action: 'sync' },
  auth: { problem: 'syncErrAuth', fix: 'syncFixAuth', action: 'options' },
  permission: { problem: 'syncErrPermission', fix: 'syncFixPermission', action: 'options' },
  'not-a-partner': { problem: 'syncErrNotPartner', fix: 'syncFixNotPartner', action: 'options' },
  'wrong-site': { problem: 'syncErrWrongSite', fix: 'syncFixWrongSite', action: 'options' },
  throttled: { problem: 'syncErrThrottled', fix: 'syncFixThrottled', action: 'sync' },
  network: { problem: 'syncErrNetwork', fix: 'syncFixNetwork', action: 'sync' },
  server: { problem: 'syncErrServer', fix: 'syncFixServer', action: 'sync' },
  unavailable: { problem: 'syncErrUnavailable', fix: 'syncFixUnavailable', action: 'sync' },
  malformed: { problem: 'syncErrMalformed', fix: 'syncFixServer', action: 'sync' },
  locked: { problem: 'syncErrLocked', fix: 'syncFixLocked', action: 'unlock' },
  'no-credentials': { problem: 'syncErrNoCredentials', fix: 'syncFixNoCredentials', action: 'options' },
  unknown: { problem: 'syncErrUnknown', fix: 'syncFixUnknown', action: 'sync' },
};

export const SYNC_ACTION_LABELS: Readonly<Record<SyncFixAction, MessageKey>> = {
  sync: 'syncNow',
  options: 'openOptions',
  unlock: 'unlockButton',
};
