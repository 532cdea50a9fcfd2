import { createRng } from '../sim/rng/createRng.js';
import { pointsDefaults } from '../sim/points/index.js';
import { detectGaming } from '../sim/points/detectGaming.js';
import { auditPoints, decideCase, gamingPopulation, openCase } from '../sim/points/audit/index.js';
import type { Benchmark, Figures } from './types.js';

const SEEDS = [1, 2, 3, 4, 5];
/** Simulated panel: each citizen judges the evidence right with this chance, the expert with the second (assumed). */
const CITIZEN_ACCURACY = 0.8;
const EXPERT_ACCURACY = 0.9;

interface Tally {
	planted: number;
	honest: number;
	hit: number;
	flagged: number;
	honestFlagged: number;
}
const figures = (t: Tally) => ({
	recall: t.hit / t.planted,
	precision: t.flagged > 0 ? t.hit / t.flagged : 1,
	honestFlaggedShare: t.honestFlagged / t.honest
});
const round = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * `npm run bench -- gaming`: five seeded populations of 2,000 honest people (supervised units,
 * reciprocal teams of 2, 3 and 5, cooperatives of 20) with planted gaming (rings of 4–20 with an
 * extra chord, slow inflation, discovery farming, a registered team claiming 80 h/week). Reports
 * the audit's recall, precision and share of honest people flagged, the same for the graph-shape
 * detector it replaces (the reference, on the same ledgers), and what the appeal panels decided.
 */
export const gamingBench: Benchmark = {
	name: 'gaming',
	summary:
		'Anti-gaming: recall, precision and honest people flagged on planted rings and evasions among honest teams; vs the graph-shape detector',
	async run(log, args) {
		if (args.length > 0) throw new Error(`bench gaming takes no flags, got ${JSON.stringify(args[0])}`);
		const audit: Tally = { planted: 0, honest: 0, hit: 0, flagged: 0, honestFlagged: 0 };
		const graph: Tally = { planted: 0, honest: 0, hit: 0, flagged: 0, honestFlagged: 0 };
		const schemes: Record<string, { planted: number; found: number }> = {};
		let upheldPlanted = 0;
		let upheldHonest = 0;
		let seconds = 0;
		for (const seed of SEEDS) {
			const pop = gamingPopulation(createRng(seed), pointsDefaults);
			const started = performance.now();
			const flags = auditPoints(pop.ledger, pop.structure, pointsDefaults);
			seconds += (performance.now() - started) / 1000;
			const flagged = new Set(flags.map((f) => f.person));
			const shaped = new Set(detectGaming(pop.ledger).flatMap((f) => f.members));
			for (const [t, set] of [
				[audit, flagged],
				[graph, shaped]
			] as const) {
				t.planted += pop.planted.size;
				t.honest += pop.honest;
				t.flagged += set.size;
				for (const p of set) {
					if (pop.planted.has(p)) t.hit++;
					if (p < pop.honest) t.honestFlagged++;
				}
			}
			for (const [p, scheme] of pop.planted) {
				const s = (schemes[scheme] ??= { planted: 0, found: 0 });
				s.planted++;
				if (flagged.has(p)) s.found++;
			}
			// Every flag opens a case; the panel decides; only an upheld case is sanctioned.
			const jury = createRng(seed).fork('jury');
			for (const flag of flags) {
				const open = openCase(flag, pop.days, pop.ledger, pop.experts, jury.fork(`case-${flag.person}`));
				if (open.status !== 'open') continue;
				const truth = pop.planted.has(flag.person);
				const vote = (accuracy: number) => (jury.next() < accuracy ? truth : !truth);
				const decided = decideCase(
					open,
					{ citizens: open.panel.citizens.map(() => vote(CITIZEN_ACCURACY)), expert: vote(EXPERT_ACCURACY) },
					pop.ledger,
					pop.days
				);
				if (decided.status === 'upheld') {
					if (truth) upheldPlanted++;
					else upheldHonest++;
				}
			}
			log(
				`seed ${seed}: ${pop.ledger.size} people, ${pop.ledger.log.awards} awards, ${flags.length} flagged`
			);
		}
		for (const [scheme, s] of Object.entries(schemes)) log(`  ${scheme}: ${s.found}/${s.planted} found`);
		const a = figures(audit);
		const g = figures(graph);
		log(
			`audit: recall ${round(a.recall)}, precision ${round(a.precision)}, honest flagged ${round(a.honestFlaggedShare)}`
		);
		log(
			`graph-shape detector (reference): recall ${round(g.recall)}, precision ${round(g.precision)}, honest flagged ${round(g.honestFlaggedShare)}`
		);
		log(`appeals: ${upheldPlanted} planted and ${upheldHonest} honest people sanctioned after the panel`);
		const out: Figures = {
			recall: round(a.recall),
			precision: round(a.precision),
			honestFlaggedShare: round(a.honestFlaggedShare),
			referenceRecall: round(g.recall),
			referencePrecision: round(g.precision),
			referenceHonestFlaggedShare: round(g.honestFlaggedShare),
			sanctionedPlantedShare: round(upheldPlanted / audit.planted),
			sanctionedHonestShare: round(upheldHonest / audit.honest),
			auditSeconds: round(seconds),
			populations: SEEDS.length
		};
		return out;
	}
};
