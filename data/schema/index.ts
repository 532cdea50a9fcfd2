export type { InputIssue, Parsed } from './types.js';
export { parse, parseOrThrow, describeIssues, showValue, InputError } from './parse.js';
