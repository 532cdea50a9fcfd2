import type { Locale } from '../../i18n/types.js';
import { policyName } from '../../i18n/policyName.js';
import type { AppContext } from '../context.js';
import { coverageMap } from '../charts/coverageMap.js';
import { resultBars } from '../charts/resultBars.js';
import { tradeOff } from '../charts/tradeOff.js';
import { chainStatus } from './chainStatus.js';
import { findReceipt } from './findReceipt.js';
import { publishedBallots } from './publishedBallots.js';
import { referenceNames } from '../referenceNames.js';
import { roundRow } from './roundList.js';
import { pageOf } from './pageOf.js';
import type { RoundPages, RoundView, ScenarioView } from './types.js';

/** Rows per page of the ballot list and of the audit events. */
const PAGE = 100;

const iso = (ms: number) => new Date(ms).toISOString();

/** Everything public about a round, in the reader's language; `receipt` looks a voter's receipt up in the published list. */
export function roundView(
	app: AppContext,
	id: string,
	locale: Locale,
	receipt?: string,
	pages: RoundPages = { ballots: 1, events: 1 }
): RoundView | undefined {
	const round = app.rounds.round(id);
	if (!round) return undefined;
	const names = referenceNames(app.reference, locale);
	const ballots = [...app.rounds.ballots(id), ...app.rounds.openBallots(id)];
	const scenarioViews: ScenarioView[] = round.scenarios.map(({ scenario: s, standing }) => ({
		id: s.id,
		policy: s.policy,
		policyName: policyName(s.policy, locale),
		title: s.title[locale],
		summary: s.summary[locale],
		metrics: s.metrics,
		telemetryHash: s.telemetry.hash,
		telemetryTo: iso(s.telemetry.to),
		explanations: (s.explanations ?? []).map((e) => e[locale]),
		...(s.coverage && s.coverage.length > 0 ? { heatMap: coverageMap(s.coverage, names) } : {}),
		...(s.deltas ? { deltas: s.deltas } : {}),
		standing: standing.kind,
		...(standing.kind === 'struck'
			? { why: standing.strike.reason }
			: standing.kind === 'withdrawn'
				? { why: standing.comments.join(' · ') }
				: {})
	}));
	const invited = round.panel ? round.panel.members.length + round.panel.invited.length : 0;
	return {
		...roundRow(round),
		seed: round.seed,
		scenarioViews,
		tradeOff: tradeOff(round.scenarios.map(({ scenario }) => scenario)),
		// Experts by name and field, as the roster has them (the id is what the audit log carries).
		experts: Object.fromEntries(
			app.ledger
				.roster()
				.filter((e) => round.reviewers.includes(e.id))
				.map((e) => [e.id, `${e.name} (${e.field})`])
		),
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
			return {
				index: s.index,
				kind: s.kind,
				deadline: iso(s.deadline),
				...(tally ? { tally, bars: resultBars(tally, round.options.ballot, invited) } : {})
			};
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
		...(() => {
			const published = publishedBallots(round, ballots);
			return { sealed: published.sealed, ballots: pageOf(published.ballots, pages.ballots, PAGE) };
		})(),
		...(receipt?.trim() ? { receipt: findReceipt(round, ballots, receipt) } : {}),
		events: pageOf(
			app.ledger.audit(id).map((e) => ({ seq: e.seq, at: iso(e.at), kind: e.kind, hash: e.hash })),
			pages.events,
			PAGE
		),
		chain: chainStatus(app)
	};
}
