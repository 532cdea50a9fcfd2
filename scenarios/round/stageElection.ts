/** The encrypted election a ballot stage runs as: logged under the round, one per stage. */
export const electionOf = (round: string, stage: number): string => `${round}/stage-${stage}`;

/** An election's options for a stage: the scenarios on its ballot in order, then contest (send the round back). */
export const electionOptions = (choices: readonly string[]): readonly string[] => [...choices, 'contest'];
