export { openSqliteReportStore, StoredReportInvalidError } from './openSqliteReportStore.js';
export { StoredReportSchema } from './reportSchema.js';
