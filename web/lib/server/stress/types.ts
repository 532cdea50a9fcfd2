import type { Locale } from '../../i18n/types.js';
import type { Role } from '../../../../data/accounts/index.js';
import type { StressCase } from '../../../../scenarios/stress/index.js';

/** How a job ended: the verdict and the stress command's report section (HTML), or what went wrong. */
export type StressOutcome =
	| { readonly status: 'done'; readonly pass: boolean; readonly html: Readonly<Record<Locale, string>> }
	| { readonly status: 'failed'; readonly message: string };

/** Runs one case over seeds, reporting each simulated day (the composition root binds solvers, stores and thread). */
export type RunCase = (
	stress: StressCase,
	seeds: readonly number[],
	onProgress: (p: { readonly run: number; readonly day: number }) => void
) => Promise<StressOutcome>;

/** Where a job stands: days simulated of all its runs, and at the end the report or what went wrong. */
export type StressJobState =
	| { readonly status: 'running'; readonly done: number; readonly total: number }
	| {
			readonly status: 'done';
			readonly done: number;
			readonly total: number;
			readonly pass: boolean;
			/** The stress command's own report section (verdict table and plots of the first run), HTML, in each language. */
			readonly html: Readonly<Record<Locale, string>>;
	  }
	| { readonly status: 'failed'; readonly done: number; readonly total: number; readonly message: string };

/** A stress test started from the console. */
export interface StressJob {
	readonly id: string;
	readonly caseId: string;
	readonly title: StressCase['title'];
	readonly runs: number;
	readonly by: string;
	readonly startedAt: number;
	readonly state: StressJobState;
}

/** The console's stress runner: one job at a time (each day of a run costs a plan and a forecast), the rest kept to read. */
export interface StressJobs {
	/** Starts `caseId` over `runs` seeds; `busy` with the job still running; `unknown-case` names the word refused. */
	start(
		caseId: string,
		runs: number,
		by: string
	):
		| { readonly status: 'started'; readonly id: string }
		| { readonly status: 'busy'; readonly id: string }
		| { readonly status: 'unknown-case'; readonly caseId: string };
	get(id: string): StressJob | undefined;
	list(): readonly StressJob[];
	/** Calls `listener` on every change of the job's state until the returned function is called. */
	watch(id: string, listener: (state: StressJobState) => void): () => void;
}

/** Who may start a stress test: those who plan and run the system, not those who judge its rounds. */
export const stressRoles: readonly Role[] = ['analyst', 'council', 'operator'];
