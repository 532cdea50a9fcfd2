import loadHighs from 'highs';
import { randomBytes } from 'node:crypto';
import { openLedger } from '../../data/ledger/openLedger.js';
import type { Ledger } from '../../data/ledger/types.js';
import { defaultReferencePaths } from '../../data/reference/defaultReferencePaths.js';
import { foodReference } from '../../data/reference/foodReference.js';
import { loadReference } from '../../data/reference/loadReference.js';
import type { ReferenceData } from '../../data/reference/types.js';
import type { TelemetryStore } from '../../data/telemetry/types.js';
import { highsSolver } from '../../planner/solver/highsSolver.js';
import { jsLpSolver } from '../../planner/solver/jsLpSolver.js';
import { createRng } from '../../sim/rng/createRng.js';
import type { Shock } from '../../sim/shocks/types.js';
import { demoRoster } from '../round/cases/loadCases.js';
import { createRoundDesk } from '../round/createRoundDesk.js';
import { uniformPanelDrawer } from '../round/uniformPanelDrawer.js';
import { autoCouncil } from './autoCouncil.js';
import { correlationCenter } from './correlationCenter.js';
import { createLoop, loopAdoptions, type Loop } from './createLoop.js';
import { openWorld } from './openWorld.js';
import { panelPool } from './panelPool.js';
import { recordedLevels, threatFromRecord } from './recordedLevels.js';
import { recordedPremise } from './recordedPremise.js';
import { storeSnapshot, telemetryPlanner } from './telemetryPlanner.js';
import type { LoopCheckpoint, LoopEvent, LoopOptions, LoopWorld } from './types.js';

let demo: ReferenceData | undefined;

/** For tests: the demo world's loop (food by nutrient, as `npm start` counts it) over a given ledger file and telemetry store, resumed from `checkpoint`. */
export async function testLoop(input: {
	readonly ledgerPath: string;
	readonly store: TelemetryStore;
	readonly auto: boolean;
	readonly checkpoint?: LoopCheckpoint;
	readonly options?: Partial<LoopOptions>;
	readonly reference?: ReferenceData;
	readonly shocks?: readonly Shock[];
}): Promise<{
	loop: Loop;
	world: LoopWorld;
	ledger: Ledger;
	events: LoopEvent[];
	saved: () => LoopCheckpoint | undefined;
	close(): Promise<void>;
}> {
	demo ??= await foodReference(await loadReference(defaultReferencePaths), 'nutrients');
	const ref = input.reference ?? demo;
	// The rounds' clock is the world's date; until the world is open, its start date.
	const opening: { world?: LoopWorld } = {};
	const clock = () =>
		opening.world
			? opening.world.dateOf(opening.world.day())
			: Date.parse(`${ref.world.startDate}T00:00:00Z`);
	const ledger = openLedger(input.ledgerPath, () => new Date(clock()));
	if (ledger.roster().length === 0) for (const e of demoRoster) ledger.appoint(e, clock());
	const desk = createRoundDesk({
		store: ledger,
		clock,
		secret: (n) => randomBytes(n),
		drawer: uniformPanelDrawer(),
		options: { panelSize: 15, reserves: 3 }
	});
	const opened = await openWorld(
		{ reference: ref, rng: createRng(7), shocks: input.shocks ?? [], options: { days: 3650 } },
		loopAdoptions(desk.rounds()),
		input.checkpoint?.day ?? 0
	);
	if (opened.status !== 'ready') throw new Error(JSON.stringify(opened.issues));
	const world = (opening.world = opened.world);
	const highs = highsSolver(loadHighs);
	let saved: LoopCheckpoint | undefined;
	const events: LoopEvent[] = [];
	const loop = createLoop(
		{
			world,
			sink: { write: (batch) => input.store.write(batch) },
			analysis: correlationCenter(input.store, ref, {
				historyDays: 28,
				warnAheadDays: 28,
				expectedIntervalMs: 86_400_000
			}),
			planner: telemetryPlanner(
				ref,
				storeSnapshot(input.store, ref),
				{ highs, jslp: jsLpSolver() },
				{
					policies: ['equity-first', 'least-transport', 'local-self-sufficiency']
				}
			),
			desk,
			pool: panelPool(ref.world, 60),
			council: input.auto ? autoCouncil() : null,
			save: (c) => void (saved = c),
			audit: (event, at) => void ledger.append('loop', event, at),
			threat: threatFromRecord(recordedLevels(ledger.audit('loop')), world.compiled.regions),
			premise: recordedPremise(ledger.audit('loop')),
			invitations: input.checkpoint?.invitations ?? [],
			onEvent: (e) => events.push(e)
		},
		{ firstRoundDay: 7, roundEveryDays: 28, historyDays: 28, ...input.options }
	);
	return {
		loop,
		world,
		ledger,
		events,
		saved: () => saved,
		close: async () => {
			await highs.close();
			ledger.close();
		}
	};
}
