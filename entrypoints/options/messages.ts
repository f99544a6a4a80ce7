/** Options-page calls to the background, with failures turned into the words the page shows. */
import { t } from '@/utils/i18n';
import { type MessageError, type MessageType, type RequestOf, type ResponseMap, sendMessage } from '@/utils/messaging';

export function errorWords(error: MessageError): string {
  switch (error.reason) {
    case 'wrong-passphrase':
      return t('optErrWrongPassphrase');
    case 'weak-passphrase':
      return t('optErrWeakPassphrase');
    case 'invalid-account':
      return t('optErrInvalidAccount');
    default:
      return t('optErrGeneric', error.message);
  }
}

/** The answer, or the error in words. */
export async function call<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseMap[K] | { error: string }> {
  const res = await sendMessage(type, payload);
  return res.ok ? res.value : { error: errorWords(res.error) };
}

export function failed<T>(value: T | { error: string }): value is { error: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof (value as { error: unknown }).error === 'string'
  );
}
