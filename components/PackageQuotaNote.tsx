/** One resource package's quota line ("12.5 GB of 40 GB left this month, resets on …") next to its name. */
import type { PackageState } from '@/utils/rules/package-quota';

export interface PackageQuotaNoteProps {
  state: PackageState;
  text: string;
}

export function PackageQuotaNote({ state, text }: PackageQuotaNoteProps) {
  return (
    <span class="pa-quota" data-state={state}>
      {text}
    </span>
  );
}
