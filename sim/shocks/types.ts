import type * as v from 'valibot';
import type { Shock as ShockSchema } from './schema.js';

/** A typed event with a start day (0 = first simulated day), a duration in days and its parameters. */
export type Shock = Readonly<v.InferOutput<typeof ShockSchema>>;
export type ShockKind = Shock['kind'];
/** Which moment of a shock is being applied: its first day, every day it is active, or the day after it ends. */
export type ShockPhase = 'start' | 'active' | 'end';
