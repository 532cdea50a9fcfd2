import type { ProposedScenario } from '../../data/plan/types.js';
import type { RoundDesk } from './createRoundDesk.js';

/**
 * For tests and benchmarks: takes the drafted round `id` of `scenarios` through expert review, in
 * which every drawn reviewer finds every scenario sound. Throws on any refused step (a bug there).
 */
export function reviewAllSound(desk: RoundDesk, id: string, scenarios: readonly ProposedScenario[]): void {
	const must = <T extends { ok: boolean }>(step: string, result: T): T => {
		if (!result.ok) throw new Error(`${step} of round ${id}: ${JSON.stringify(result)}`);
		return result;
	};
	const opened = must('open-review', desk.act(id, { kind: 'open-review' }));
	const verdicts = scenarios.map((s) => ({ scenarioId: s.id, verdict: 'sound' as const, comment: '' }));
	for (const expertId of opened.ok ? opened.round.reviewers : [])
		must(`review by ${expertId}`, desk.act(id, { kind: 'submit-review', review: { expertId, verdicts } }));
	must('close-review', desk.act(id, { kind: 'close-review' }));
}
