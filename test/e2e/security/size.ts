/**
 * Matrix sizes for the security and fault suite: CI runs every recipe sized down, `npm run test:soak`
 * (PA_SOAK=1) runs the full sizes of security.md §7. Nothing is skipped in either mode.
 */
export const SOAK = process.env.PA_SOAK === '1';

/** The CI size normally, the full recipe size under `npm run test:soak`. */
export function sized<T>(ci: T, soak: T): T {
  return SOAK ? soak : ci;
}
