import type { LoopOptions } from '../../scenarios/loop/index.js';
import type { Config } from '../config/index.js';

/** The loop's options from the `loop.*` settings; the options no setting names keep `loopDefaults`. */
export function loopOptionsOf(settings: Config['loop']): Partial<LoopOptions> {
	const { enabled, zeroShare, madeShare } = settings.premise;
	return {
		roundEveryDays: settings.roundEveryDays,
		firstRoundDay: settings.firstRoundDay,
		emergencyRounds: settings.emergencyRounds,
		premise: enabled ? { zeroShare, madeShare } : null
	};
}
