/** Every page feature, in the order they run. A meta-test checks each file in features/ is listed here. */
import type { Feature } from './feature';
import assistantStatus from './features/assistant-status';

export const FEATURES: readonly Feature[] = [assistantStatus];
