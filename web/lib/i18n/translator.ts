import { messages } from './messages.js';
import type { Locale, MessageKey } from './types.js';

/** A function from message key to text in one language. */
export function translator(locale: Locale): (key: MessageKey) => string {
	const table = messages[locale];
	return (key) => table[key];
}
