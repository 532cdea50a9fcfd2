import { writeMps } from '../../lp/writeMps.js';
import type { ObjectiveChecker } from '../types.js';
import { runClp } from './runClp.js';

/**
 * Native COIN-OR CLP (Debian `coinor-clp`) as the independent second opinion on large models: the
 * model is written as MPS (a minimisation, as exported) and CLP's dual simplex, with tolerances of
 * 1e-9, reports its optimum.
 */
export function clpChecker(binary: string): ObjectiveChecker {
	return {
		name: 'clp',
		algorithm: 'dual simplex (native CLP)',
		async objective(model, timeLimitSeconds) {
			const result = await runClp(writeMps(model), {
				binary,
				// CLP's default tolerances (1e-7) left dual infeasibilities after postsolve on the
				// planner's widely scaled objectives and stopped ~2e-6 short of the optimum.
				args: ['-seconds', String(timeLimitSeconds), '-dualT', '1e-9', '-primalT', '1e-9', '-dualsimplex']
			});
			if (result.status === 'optimal')
				return { status: 'optimal', objective: model.sense === 'max' ? -result.objective : result.objective };
			return result.status === 'infeasible'
				? { status: 'infeasible' }
				: { status: 'failed', message: result.message };
		}
	};
}
