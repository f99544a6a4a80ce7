/** Domain verbs over the cache; one module per area under repositories/. Background only. */
export * from './repositories/activity';
export * from './repositories/checkpoints';
export * from './repositories/customers';
export * from './repositories/maintenance';
export * from './repositories/money';
export * from './repositories/partner';
export { type BatchProvenance, PAGE_SIZE } from './scope';
