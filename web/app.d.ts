import type { AppContext } from './lib/server/context.js';
import type { Locale } from './lib/i18n/types.js';
import type { Account } from '../data/accounts/index.js';

declare global {
	namespace App {
		interface Locals {
			app: AppContext;
			locale: Locale;
			/** The signed-in person, if any (panelists never sign in: they vote with their code). */
			viewer: Account | undefined;
		}
		interface Platform {
			req: import('node:http').IncomingMessage;
		}
	}
}

export {};
