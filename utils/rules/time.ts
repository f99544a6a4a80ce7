/**
 * Instants and the UTC+8 wall clock. Huawei's BSS APIs send UTC instants; calendar rules (month boundaries,
 * policy months) follow Beijing time, UTC+8, with no daylight saving (bss-api.md §4.10: "YYYY-MM, UTC+8").
 */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
/** Offset of the billing calendar from UTC, in minutes (UTC+8). */
export const BILLING_OFFSET_MIN = 480;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an API time ("2024-01-31T16:00:00Z", "2024-01-31T16:00:00.000+08:00", "2024-01-31 16:00:00") to epoch ms.
 * A time without an offset is taken as UTC, as the BSS API documents its times (bss-api.md §4.9). Null if invalid.
 */
export function parseInstant(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = ISO_RE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', tz] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Reject roll-overs such as 2024-02-30 or 25:00, which Date.UTC would silently normalise.
  const wall = new Date(ms);
  if (
    wall.getUTCMonth() !== Number(mo) - 1 ||
    wall.getUTCDate() !== Number(d) ||
    wall.getUTCHours() !== Number(h) ||
    wall.getUTCMinutes() !== Number(mi) ||
    wall.getUTCSeconds() !== Number(s)
  ) {
    return null;
  }
  if (tz && tz !== 'Z') {
    const sign = tz.startsWith('-') ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return Number.isFinite(ms) ? ms : null;
}

/** Epoch ms → ISO string in UTC ("2024-02-29T16:00:00.000Z"). */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The "YYYY-MM" month an instant falls in on the UTC+8 billing calendar. */
export function billingMonthOf(ms: number, offsetMin = BILLING_OFFSET_MIN): string {
  const d = new Date(ms + offsetMin * 60_000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
