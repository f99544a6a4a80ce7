/** Public API of the BSS sandbox (server-side stand-in for Huawei's BSS partner API and IAM domain lookup). */
export { sdkEncode } from './canonical';
export { ApiError } from './errors';
export type { FaultConfig, FaultKind, FaultRule } from './faults';
export { generateDataset, startOfUtcDay } from './generate/index';
export { HOSTILE_STRINGS } from './generate/names';
export { monthlyBillsOf, onDemandResourcesOf, periodResourcesOf } from './generate/resources';
export { type CustomerStateView, customerState, findCustomer } from './inspect';
export { fenToNumber, fenToString, parseAmountFen } from './money';
export { MONEY_OPERATIONS, ROUTES } from './routes/index';
export { type BssSandbox, type BssSandboxOptions, createBssSandbox } from './sandbox';
export { type BssTestServer, startBssTestServer } from './test-server';
export type * from './types';
export { formatSdkDate, MAX_SKEW_MS, parseSdkDate } from './verify-signature';
