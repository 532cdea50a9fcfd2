import type { Plan } from '../../data/plan/types.js';
import type { ReferenceData } from '../../data/reference/types.js';
import type { InputIssue } from '../../data/schema/index.js';
import type { Reading } from '../../data/telemetry/types.js';
import type { Outcome } from '../outcome/types.js';
import type { Rng } from '../rng/types.js';
import type { Shock } from '../shocks/types.js';
import type { ThreatEvent } from '../threat/types.js';
import type { SimState } from '../step/types.js';
import type { SimOverrides } from '../types.js';
import type { CompiledWorld } from '../world/types.js';

/** What one run needs. The generator is passed in; the same seed and inputs give the same outcome, byte for byte. */
export interface SimInput {
	readonly reference: ReferenceData;
	readonly rng: Rng;
	/** The adopted plan to execute (default none: sites produce to need, nothing is shipped). */
	readonly plan?: Plan | null;
	readonly shocks?: readonly Shock[];
	readonly options?: SimOverrides;
	/** Emit sensor readings (default false; costs time). */
	readonly observe?: boolean;
	/** The world already compiled from `reference` (saves time across Monte Carlo runs). */
	readonly compiled?: CompiledWorld;
}

/** A run that the caller drives day by day and step by step. */
export interface Run {
	readonly world: CompiledWorld;
	readonly state: SimState;
	readonly stepsPerDay: number;
	readonly days: number;
	/**
	 * Adopts a new plan from the next day on (the decision loop: a round ends, its plan is executed).
	 * The plan's `start` still dates its periods; goods already in transit keep arriving.
	 */
	adopt(
		plan: Plan
	): { readonly status: 'ok' } | { readonly status: 'invalid'; readonly issues: readonly InputIssue[] };
	/** Applies shocks, survival mode and the plan's period for today. */
	beginDay(): void;
	/** One step; returns the sensor readings due now (empty when not observing). */
	step(): readonly Reading[];
	/**
	 * Records the day and steps the threat levels from what it observed; returns the day's level
	 * switches with their causes (for the audit log). They take effect from the next day.
	 */
	endDay(): readonly ThreatEvent[];
	/** The outcome, and any readings still delayed. */
	finish(): { readonly outcome: Outcome; readonly readings: readonly Reading[] };
}

/** Either a run ready to go, or every issue with its inputs (options, plan, shocks). */
export type RunResult =
	| { readonly status: 'ready'; readonly run: Run }
	| { readonly status: 'invalid'; readonly issues: readonly InputIssue[] };
