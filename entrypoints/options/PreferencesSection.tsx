/** Alerts (thresholds, notifications), page features, language and data mode. */
import { Field } from '@/components/options/Field';
import type { MessageKey } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import { FEATURE_IDS, type FeatureId, type Settings, type SettingsPatch } from '@/utils/settings';

const FEATURE_NAMES: Record<FeatureId, MessageKey> = {
  'balance-warning': 'optFeatureBalanceWarning',
  'customer-mentions': 'optFeatureCustomerMentions',
  'incentive-explainer': 'optFeatureIncentiveExplainer',
  'order-on-behalf': 'optFeatureOrderOnBehalf',
  'acting-as-banner': 'optFeatureActingAsBanner',
  'package-quota': 'optFeaturePackageQuota',
};

const amountOrNull = (text: string) => (text.trim() === '' ? null : text.trim());
const daysOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

export function PreferencesSection({ settings, update }: { settings: Settings; update(patch: SettingsPatch): void }) {
  return (
    <>
      <section id="alerts">
        <h2>{t('optAlertsHeading')}</h2>
        {(['cn', 'intl'] as const).map((site) => (
          <div class="row" key={site}>
            <Field label={t(site === 'cn' ? 'optLowCn' : 'optLowIntl')}>
              <input
                name={`low-${site}`}
                inputMode="decimal"
                value={settings.lowBalance[site].amount ?? ''}
                onChange={(e) => update({ lowBalance: { [site]: { amount: amountOrNull(e.currentTarget.value) } } })}
              />
            </Field>
            <Field label={t('optLowDays')}>
              <input
                name={`low-days-${site}`}
                type="number"
                min={1}
                value={settings.lowBalance[site].days ?? ''}
                onChange={(e) => update({ lowBalance: { [site]: { days: daysOrNull(e.currentTarget.value) } } })}
              />
            </Field>
          </div>
        ))}
        <label class="check">
          <input
            type="checkbox"
            name="notifications"
            checked={settings.notifications}
            onChange={(e) => update({ notifications: e.currentTarget.checked })}
          />
          {t('optNotifications')}
        </label>
      </section>
      <section id="features">
        <h2>{t('optFeaturesHeading')}</h2>
        {FEATURE_IDS.map((id) => (
          <label class="check" key={id}>
            <input
              type="checkbox"
              name={`feature-${id}`}
              checked={settings.features[id]}
              onChange={(e) => update({ features: { [id]: e.currentTarget.checked } })}
            />
            {t(FEATURE_NAMES[id])}
          </label>
        ))}
      </section>
      <section id="general">
        <h2>{t('optGeneralHeading')}</h2>
        <Field label={t('optLanguage')}>
          <select
            name="language"
            value={settings.language}
            onChange={(e) => {
              const v = e.currentTarget.value;
              update({ language: v === 'zh_CN' || v === 'en' ? v : 'auto' });
            }}
          >
            <option value="auto">{t('optLangAuto')}</option>
            <option value="zh_CN">{t('optLangZh')}</option>
            <option value="en">{t('optLangEn')}</option>
          </select>
        </Field>
        <fieldset>
          <legend>{t('optDataMode')}</legend>
          {(['api', 'page-only'] as const).map((mode) => (
            <label class="check" key={mode}>
              <input
                type="radio"
                name="data-mode"
                value={mode}
                checked={settings.dataMode === mode}
                onChange={() => update({ dataMode: mode })}
              />
              {t(mode === 'api' ? 'optModeApi' : 'optModePage')}
            </label>
          ))}
        </fieldset>
      </section>
    </>
  );
}
