/** The popup as the e2e tests drive it: opening it at popup size, searching, its words, reading a CSV. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from '../harness';

export const POPUP_SIZE = { width: 400, height: 600 };
export const SCREENSHOTS = resolve(import.meta.dirname, '../../../docs/screenshots');

export type Locale = 'zh-CN' | 'en-US';

/** The extension's own words for a locale, read from the shipped catalogue (placeholders $1… filled in). */
export function words(locale: Locale) {
  const dir = locale === 'zh-CN' ? 'zh_CN' : 'en';
  const file = resolve(import.meta.dirname, `../../../public/_locales/${dir}/messages.json`);
  const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return (key: string, ...subs: string[]) => {
    const message = catalog[key]?.message;
    if (message === undefined) throw new Error(`no message ${key}`);
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

export async function openPopup(session: ExtensionSession): Promise<Page> {
  const popup = await session.openExtensionPage('popup.html');
  await popup.setViewportSize(POPUP_SIZE);
  await expect.poll(() => popup.locator('.result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return popup;
}

export const option = (popup: Page, customerId: string) => popup.locator(`[id="customer-option-${customerId}"]`);

/** Types the query and waits for the customer to be among the shown results. */
export async function expectFound(popup: Page, query: string, customerId: string): Promise<void> {
  await popup.locator('#customer-search').fill(query);
  await expect.poll(() => option(popup, customerId).count(), { message: `"${query}" finds ${customerId}` }).toBe(1);
}

/** Opens a customer's card through the search (its full ID ranks it first) and waits for the card. */
export async function openCard(popup: Page, customerId: string): Promise<void> {
  await expectFound(popup, customerId, customerId);
  await option(popup, customerId).click();
  await expect.poll(() => popup.locator('.card .facts .mono').textContent()).toBe(customerId);
}

export async function backToList(popup: Page): Promise<void> {
  await popup.keyboard.press('Escape');
  await expect.poll(() => popup.locator('.card').count()).toBe(0);
}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF line ends) after the BOM; the last line end closes the file. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted && ch === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && (ch === ',' || ch === '\n')) {
      row.push(cell.replace(/\r$/, ''));
      cell = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    } else {
      cell += ch;
    }
  }
  return rows;
}
