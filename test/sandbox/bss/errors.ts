/**
 * Error responses. BSS errors are `{error_code, error_msg}`; gateway (APIGW) errors also carry `request_id`.
 * Codes come from bss-api.md §3; where the docs name no code, the choice is explained next to it.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly msg: string,
    /** Raised by the API gateway (before BSS): the body also gets request_id. */
    readonly gateway = false,
  ) {
    super(`${code}: ${msg}`);
  }
}

export const errors = {
  unknownApi: () =>
    new ApiError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment', true),
  auth: (detail: string) =>
    new ApiError(401, 'APIGW.0301', `Incorrect IAM authentication information: ${detail}`, true),
  /** Not in the docs for AK/SK; 413 with an APIGW-style code, as the gateway would reject before BSS. */
  tooLarge: () => new ApiError(413, 'APIGW.0201', 'Request entity too large (limit 12 MB for AK/SK requests)', true),
  /**
   * X-Domain-Id that names another account than the AK's. Undocumented; CBC.0155 (403) is BSS's documented
   * "request not allowed — wrong auth info". A missing X-Domain-Id is a gateway auth failure instead (APIGW.0301).
   */
  domainMismatch: () =>
    new ApiError(403, 'CBC.0155', 'The request is not allowed: X-Domain-Id does not match the account of the AK'),
  throttled: () => new ApiError(429, 'CBC.0250', 'Flow control: the request rate of this API exceeds the limit'),
  paramError: (detail: string) => new ApiError(400, 'CBC.0100', `Parameter error: ${detail}`),
  invalidParam: (detail: string) => new ApiError(400, 'CBC.0101', `Invalid parameter: ${detail}`),
  illegalOperation: (detail: string) => new ApiError(403, 'CBC.0150', `Illegal operation: ${detail}`),
  notAssociated: (customerId: string) =>
    new ApiError(400, 'CBC.99000035', `The customer ${customerId} is not a sub-customer of the partner`),
  /** Money moves on a referral (顾问销售) customer: CBC.5021 per partner-center.md §2.3 (old allocation API). */
  referral: (customerId: string) =>
    new ApiError(
      400,
      'CBC.5021',
      `The customer ${customerId} is not a reseller (代售) customer; the operation is not allowed`,
    ),
  /** Read APIs limited to reseller customers, asked about a referral one. */
  noPermission: (customerId: string) =>
    new ApiError(400, 'CBC.99000000', `No permission to operate on customer ${customerId}`),
  /** The sandbox partner has no cloud resellers, so any indirect_partner_id is foreign. */
  indirectPartner: () => new ApiError(400, 'CBC.99000037', 'No permission on the specified cloud reseller'),
  insufficientBalance: (detail: string) => new ApiError(400, 'CBC.99005003', `Insufficient balance: ${detail}`),
  inProgress: () =>
    new ApiError(
      400,
      'CBC.99007461',
      'An allocation or reclaim task for this customer is in progress. Try again later',
    ),
  quota: (detail: string) => new ApiError(400, 'CBC.99000012', `Coupon quota error: ${detail}`),
  serviceType: (detail: string) => new ApiError(400, 'CBC.50000055', `Cloud service type does not exist: ${detail}`),
  internal: (detail: string) => new ApiError(500, 'CBC.0999', `Internal error: ${detail}`),
};

export function errorBody(e: ApiError, requestId: string): Record<string, string> {
  return e.gateway
    ? { error_code: e.code, error_msg: e.msg, request_id: requestId }
    : { error_code: e.code, error_msg: e.msg };
}
