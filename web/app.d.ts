import type { AppContext } from './lib/server/context.js';
import type { Locale } from './lib/i18n/types.js';

declare global {
	namespace App {
		interface Locals {
			app: AppContext;
			locale: Locale;
		}
		interface Platform {
			req: import('node:http').IncomingMessage;
		}
	}
}

export {};
