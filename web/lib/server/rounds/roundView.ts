import type { Locale } from '../../i18n/types.js';
import type { AppContext } from '../context.js';
import { chainStatus } from './chainStatus.js';
import { findReceipt } from './findReceipt.js';
import { publishedBallots } from './publishedBallots.js';
import { roundRow } from './roundList.js';
import type { RoundView, ScenarioView } from './types.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** Everything public about a round, in the reader's language; `receipt` looks a voter's receipt up in the published list. */
export function roundView(
	app: AppContext,
	id: string,
	locale: Locale,
	receipt?: string
): RoundView | undefined {
	const round = app.rounds.round(id);
	if (!round) return undefined;
	const ballots = app.rounds.ballots(id);
	const scenarioViews: ScenarioView[] = round.scenarios.map(({ scenario: s, standing }) => ({
		id: s.id,
		policy: s.policy,
		title: s.title[locale],
		summary: s.summary[locale],
		metrics: s.metrics,
		telemetryHash: s.telemetry.hash,
		standing: standing.kind,
		...(standing.kind === 'struck'
			? { why: standing.strike.reason }
			: standing.kind === 'withdrawn'
				? { why: standing.comments.join(' · ') }
				: {})
	}));
	return {
		...roundRow(round),
		seed: round.seed,
		scenarioViews,
		reviewers: round.reviewers,
		reviews: round.reviews.map((r) => ({
			expertId: r.expertId,
			at: iso(r.at),
			verdicts: r.verdicts.map((v) => ({
				scenarioId: v.scenarioId,
				verdict: v.verdict,
				comment: v.comment,
				...(v.amended ? { amended: JSON.stringify(v.amended) } : {})
			}))
		})),
		...(round.panel
			? {
					panel: {
						members: round.panel.members.length,
						reserves: round.panel.reserves.length,
						invited: round.panel.invited.length,
						method: round.panel.method,
						commitment: round.panel.commitment
					}
				}
			: {}),
		stages: round.stages.map((s) => {
			const tally = [...round.tallies].reverse().find((t) => t.stage === s.index);
			return { index: s.index, kind: s.kind, deadline: iso(s.deadline), ...(tally ? { tally } : {}) };
		}),
		returnReasons: round.outcome?.kind === 'returned' ? round.outcome.reasons : [],
		...(round.state === 'panel-vote' && round.panel
			? {
					turnout: {
						voted: app.ledger.voted(id, round.stages.at(-1)!.index),
						invited: round.panel.members.length + round.panel.invited.length
					}
				}
			: {}),
		...publishedBallots(round, ballots),
		...(receipt?.trim() ? { receipt: findReceipt(round, ballots, receipt) } : {}),
		events: app.ledger.audit(id).map((e) => ({ seq: e.seq, at: iso(e.at), kind: e.kind, hash: e.hash })),
		chain: chainStatus(app)
	};
}
