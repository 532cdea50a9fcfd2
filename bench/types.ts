/** The figures a benchmark reports; printed as the last line of its output, one JSON object. */
export type Figures = Readonly<Record<string, number | string | boolean | null>>;

/** One benchmark: `npm run bench -- NAME`. Progress goes to `log`; the figures are returned. */
export interface Benchmark {
	readonly name: string;
	readonly summary: string;
	run(log: (line: string) => void, args: readonly string[]): Promise<Figures>;
}
