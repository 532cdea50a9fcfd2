import type { LoopWarning } from './types.js';

/**
 * Whether a warning predicts a shortage (people getting less than the norm), the thing the scoreboard
 * checks against the truth and the loop re-plans on: a stock already empty, or one with a date it runs out. A stock under its
 * reserve floor with no such date says only that the reserve is low (six months of a storable good
 * is above what several regions hold in a normal year), so it is a notice, not a prediction.
 */
export const predictsShortage = (w: LoopWarning): boolean => w.state === 'empty' || w.runsOut !== null;
