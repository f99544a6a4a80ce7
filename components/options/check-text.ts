/** A connection-check result in words, with the fix (the client's precise diagnosis, translated). */
import type { ConnectionCheckResult } from '@/utils/api/connection-check';
import { t } from '@/utils/i18n';

export function siteName(site: 'cn' | 'intl'): string {
  return site === 'cn' ? t('optSiteCn') : t('optSiteIntl');
}

const minutes = (ms: number | undefined) => String(Math.round(Math.abs(ms ?? 0) / 60_000));

export function checkText(result: ConnectionCheckResult): { ok: boolean; text: string } {
  switch (result.status) {
    case 'ok': {
      const text = t('optCheckOk', siteName(result.site), result.domainId);
      return {
        ok: true,
        text: result.clockWarning ? `${text} ${t('optCheckClockWarn', minutes(result.skewMs))}` : text,
      };
    }
    case 'bad-credentials':
      return { ok: false, text: t('optCheckBadCredentials') };
    case 'wrong-account-id':
      return { ok: false, text: t('optCheckWrongAccountId', result.actualDomainId) };
    case 'missing-permission':
      return { ok: false, text: t('optCheckMissingPermission', result.code || '—') };
    case 'wrong-site':
      return { ok: false, text: t('optCheckWrongSite', result.actualSite ? siteName(result.actualSite) : '?') };
    case 'not-a-partner':
      return { ok: false, text: t('optCheckNotPartner') };
    case 'clock-skew':
      return { ok: false, text: t('optCheckClockSkew', minutes(result.skewMs)) };
    case 'throttled':
      return { ok: false, text: t('optCheckThrottled') };
    case 'network':
      return { ok: false, text: t('optCheckNetwork') };
    case 'server-error':
      return { ok: false, text: t('optCheckServer', result.code || '—', result.requestId || '—') };
    case 'unexpected':
      return { ok: false, text: t('optCheckUnexpected', result.kind, result.code || '—', result.requestId || '—') };
  }
}
