/** DOM → domain extraction for Partner Center pages (one module per page kind under extract/). */
export * from './extract/customers';
export * from './extract/detail';
export * from './extract/incentives';
export * from './extract/mentions';
export * from './extract/packages';
