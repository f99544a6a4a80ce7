/**
 * Composition root: open the database, build the services, register message handlers and alarms. No logic
 * lives here. Every listener is registered synchronously at top level, so the event that woke the worker
 * is not missed (security.md §2.1).
 */
import { browser } from 'wxt/browser';
import { refreshBadge } from '@/utils/alerts/badge';
import { createNotifier } from '@/utils/alerts/notifier';
import { notificationUrl } from '@/utils/alerts/notify-plan';
import { CircuitBreaker } from '@/utils/api/breaker';
import { sessionBreakerStore } from '@/utils/api/breaker-store';
import { BrowserThrottle } from '@/utils/api/browser-throttle';
import { type ApiCredentials, createClient } from '@/utils/api/client';
import { sessionServerClock } from '@/utils/api/clock-store';
import { checkConnection } from '@/utils/api/connection-check';
import { showOwnDomain } from '@/utils/api/endpoints/iam';
import { assistantDb } from '@/utils/cache/db';
import { type AtRiskList, customersAtRisk } from '@/utils/cache/repositories';
import { confirmPageUrl } from '@/utils/confirm-url';
import type { PartnerScope } from '@/utils/domain';
import { detectLang, setLang } from '@/utils/i18n';
import { isMoneyKind } from '@/utils/messages/money';
import { classifySender, createRouter, type Handlers } from '@/utils/router';
import { isUserAction } from '@/utils/services/activity';
import { appHandlers } from '@/utils/services/app';
import { createCacheCustomerSource } from '@/utils/services/customer-source';
import { customerHandlers } from '@/utils/services/customers';
import { createMoneyService } from '@/utils/services/money';
import { pageHandlers } from '@/utils/services/page';
import { createCachePageSource } from '@/utils/services/page-source';
import { syncHandlers } from '@/utils/services/sync';
import { vaultHandlers } from '@/utils/services/vault';
import { getSettingsStore, lowBalanceFor, type Settings } from '@/utils/settings';
import { readActiveAccount, scopeOf } from '@/utils/sync/active-scope';
import { recomputeStatuses } from '@/utils/sync/recompute';
import { createSyncService } from '@/utils/sync/service';
import type { CredentialsAnswer } from '@/utils/sync/service-deps';
import { readJobStatuses } from '@/utils/sync/status-store';
import { getVault, isVaultError, VAULT_IDLE_ALARM, VAULT_IDLE_ALARM_PERIOD_MINUTES } from '@/utils/vault';

/** Checks which jobs are due (intervals from settings) and resumes unfinished ones. */
const SYNC_TICK_ALARM = 'sync-tick';
const KEEP_ALIVE_MS = 25_000;

export default defineBackground(() => {
  const db = () => assistantDb();
  const vault = getVault();
  const settings = getSettingsStore();
  // MV2 (the Firefox build) calls the toolbar button browserAction.
  const toolbarAction = browser.action ?? browser.browserAction;
  const activeScope = async () => {
    const active = await readActiveAccount(await db());
    return active ? scopeOf(active) : null;
  };
  const partnerSyncedAt = async (scope: { partnerId: string; site: 'cn' | 'intl' }) =>
    (await readJobStatuses(await db(), scope)).customers.lastSuccessAt;
  const isLocked = async () => !(await vault.isUnlocked());
  // One breaker and one server-clock estimate for every client of this worker: a host that keeps failing is
  // left alone by sync and money alike (state in storage.session, so a worker stop does not reset it), and a
  // clock offset learned once is not paid for again by the next client (nor by the next worker).
  const breaker = new CircuitBreaker(sessionBreakerStore(browser.storage.session));
  const serverClock = sessionServerClock(browser.storage.session);
  const browserThrottle = new BrowserThrottle();
  const apiClient = (credentials: ApiCredentials) =>
    createClient({ credentials, breaker, clock: serverClock, browserThrottle });

  const credentials = async (): Promise<CredentialsAnswer> => {
    if ((await settings.get()).dataMode === 'page-only') return { ok: false, reason: 'page-only' };
    try {
      const { accountId: _id, ...c } = await vault.activeCredentials();
      return { ok: true, credentials: c, label: '' };
    } catch (error) {
      const none = isVaultError(error, 'no-active-account') || isVaultError(error, 'not-initialized');
      return { ok: false, reason: none ? 'no-account' : 'locked' };
    }
  };

  const notifier = createNotifier({
    db,
    api: browser.notifications,
    enabled: async () => (await settings.get()).notifications,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
  });

  /** `read`: who is at risk in a scope, when the caller has just read it (then the badge need not count). */
  const badge = async (read?: { scope: PartnerScope; atRisk: AtRiskList }) => {
    const [scope, locked] = await Promise.all([activeScope(), isLocked()]);
    const stale = scope ? (await sync.status()).stale : false;
    const same = read && scope && read.scope.partnerId === scope.partnerId && read.scope.site === scope.site;
    await refreshBadge(await db(), scope, toolbarAction, { locked, stale }, same ? read.atRisk : undefined);
  };

  const sync = createSyncService({
    db,
    credentials,
    isLocked,
    activeScope,
    settings: () => settings.get(),
    makeClient: apiClient,
    onStatusesChanged: async (scope) => {
      // One walk over the status index for both (with 100,000 customers it is the costly part).
      const atRisk = await customersAtRisk(await db(), scope);
      await notifier.process(scope, atRisk);
      await badge({ scope, atRisk });
    },
    keepAlive: () => {
      // Only while a sync runs (allowed by Chrome's migration guide), so a long pass is not cut at 30 s idle.
      const timer = setInterval(() => void browser.runtime.getPlatformInfo(), KEEP_ALIVE_MS);
      return () => clearInterval(timer);
    },
  });

  const money = createMoneyService({
    db,
    settings: () => settings.get(),
    account: async () => {
      const { accountId: _id, ...c } = await vault.activeCredentials();
      const label = (await readActiveAccount(await db()))?.label ?? '';
      return {
        client: apiClient(c),
        scope: { partnerId: c.domainId, site: c.site },
        actor: { label, domainId: c.domainId },
      };
    },
    onMoneyChanged: async (scope) => {
      // The new figures are in the cache: re-derive statuses, then alerts and badge follow.
      await recomputeStatuses(await db(), scope, lowBalanceFor(await settings.get(), scope.site));
      await notifier.process(scope);
      await badge();
    },
  });

  const customerData = createCacheCustomerSource({ db, activeScope, syncedAt: partnerSyncedAt });
  const popup = customerHandlers({ data: customerData });
  const vaultHandlersInstance = vaultHandlers({
    vault,
    db,
    settings,
    sync,
    // The check is a user's one-off diagnosis (≤ 5 attempts): it reports the host's state instead of obeying the breaker.
    checkConnection: (c) => checkConnection({ credentials: c, clock: serverClock }),
    findDomain: (c) => showOwnDomain(apiClient(c)),
    onChange: () => badge(),
  });

  const handlers: Handlers = {
    ...appHandlers({ db, version: browser.runtime.getManifest().version }),
    ...popup,
    ...money.handlers,
    ...vaultHandlersInstance,
    ...syncHandlers({ sync, db, onCleared: () => badge() }),
    ...pageHandlers({
      source: createCachePageSource({ db, activeScope, partnerSyncedAt }),
      statusSettings: async (site) => lowBalanceFor(await settings.get(), site),
      openAction: async (action, _site, customerId) => {
        // Money is confirmed only on the extension's own page (security.md §2.6), never in the console DOM.
        if (isMoneyKind(action) && customerId) {
          await browser.tabs.create({ url: confirmPageUrl(action, [customerId]) });
          return true;
        }
        if (action !== 'options') return false;
        await browser.runtime.openOptionsPage();
        return true;
      },
    }),
  };

  const routerContext = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const route = createRouter(handlers, routerContext);
  browser.runtime.onMessage.addListener((message, sender) => {
    if (isUserAction(message, classifySender(sender, routerContext))) void vault.touch();
    // Returning the promise is how the polyfill sends an async answer.
    return route(message, sender);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_TICK_ALARM) void sync.ensure();
    if (alarm.name === VAULT_IDLE_ALARM) void idleLock();
  });
  browser.notifications.onClicked.addListener((id) => {
    const url = notificationUrl(id);
    if (url) void browser.tabs.create({ url });
    void browser.notifications.clear(id);
  });

  async function idleLock() {
    if (await vault.lockIfIdle((await settings.get()).idleLockMinutes)) {
      await sync.stop();
      await badge();
    }
  }

  const applyLanguage = (s: Settings) =>
    setLang(s.language === 'auto' ? detectLang(globalThis.navigator?.language ?? 'en') : s.language);
  let lastLow = '';
  settings.watch((s) => {
    applyLanguage(s);
    void sync.ensure();
    const low = JSON.stringify(s.lowBalance);
    if (low === lastLow) return;
    lastLow = low;
    void activeScope().then(async (scope) => {
      if (scope) await recomputeStatuses(await db(), scope, lowBalanceFor(s, scope.site));
      await badge();
    });
  });

  async function ensureAlarm(name: string, periodInMinutes: number) {
    // Re-creating an existing alarm would restart its period on every wake; only add a missing one.
    if (!(await browser.alarms.get(name))) await browser.alarms.create(name, { periodInMinutes });
  }

  void (async () => {
    const s = await settings.get();
    applyLanguage(s);
    lastLow = JSON.stringify(s.lowBalance);
    await ensureAlarm(SYNC_TICK_ALARM, 1);
    await ensureAlarm(VAULT_IDLE_ALARM, VAULT_IDLE_ALARM_PERIOD_MINUTES);
    await vaultHandlersInstance['vault.state']({}, 'extension-page'); // remembers the active account
    await badge();
    await money.recover().catch(() => undefined); // money operations cut by a worker stop are reconciled first
    // A sync interrupted by a worker stop resumes here, from its checkpoint.
    await sync.ensure();
  })().catch(() => undefined);
});
