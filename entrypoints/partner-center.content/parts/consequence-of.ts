/** The consequence rule's input from a resolved state, shared by the detail banner and the list's row fix. */
import type { Site } from '@/utils/domain';
import { type Consequence, type ConsequenceInput, explainConsequence } from '@/utils/rules/consequence';
import { isNegative, isNonPositive } from '@/utils/rules/money';
import { availableMoney } from '@/utils/rules/status';
import type { ResolvedState } from './states';

export function consequenceOf(
  site: Site,
  state: ResolvedState,
  budgetType?: ConsequenceInput['budgetType'] | null,
): Consequence | null {
  const left = state.money ? availableMoney(state.money) : null;
  return explainConsequence({
    site,
    status: state.status,
    customer: { frozen: state.frozen ?? 0, ...(state.level ? { level: state.level } : {}) },
    ...(budgetType ? { budgetType } : {}),
    hasDebt: state.money?.site === 'cn' && left !== null && isNegative(left),
    ...(left === null ? {} : { moneyExhausted: isNonPositive(left) }),
  });
}
