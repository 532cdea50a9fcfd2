import loadHighs from 'highs';
import type { ReferenceData } from '../../../../data/reference/index.js';
import { highsSolver } from '../../../../planner/solver/highsSolver.js';
import { jsLpSolver } from '../../../../planner/solver/jsLpSolver.js';
import { runStress } from '../../../../scenarios/stress/index.js';
import { stressStores } from '../../../../scenarios/stress/node/stressStores.js';
import { reportSection } from '../../../../scenarios/stress/report/renderHtml.js';
import { referenceNames } from '../referenceNames.js';
import type { RunCase } from './types.js';

const named = (names: ReadonlyMap<string, string>) => (id: string) => names.get(id) ?? id;

/**
 * `runStress` as `resourceos stress` runs it (HiGHS with the JS solver as the cross-check, fresh
 * in-memory stores per run), its HiGHS instance closed after each job, ended as the console shows it.
 * It holds the thread it runs on for seconds at a time: the console runs it in a worker
 * (`node/workerRunCase.ts`).
 */
export function solverRunCase(reference: ReferenceData): RunCase {
	return async (stress, seeds, onProgress) => {
		const highs = highsSolver(loadHighs);
		try {
			const result = await runStress(stress, seeds, {
				reference,
				solvers: { highs, jslp: jsLpSolver() },
				open: stressStores,
				onProgress
			});
			return result.status === 'ok'
				? {
						status: 'done',
						pass: result.report.pass,
						html: {
							ru: reportSection(
								result.report,
								result.evidence[0],
								'ru',
								named(referenceNames(reference, 'ru'))
							),
							en: reportSection(
								result.report,
								result.evidence[0],
								'en',
								named(referenceNames(reference, 'en'))
							)
						}
					}
				: { status: 'failed', message: result.issues.map((i) => `${i.path}: ${i.expected}`).join('; ') };
		} finally {
			await highs.close();
		}
	};
}
