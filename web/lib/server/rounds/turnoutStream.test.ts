import { describe, expect, it } from 'vitest';
import { openTestRound } from '../openTestRound.js';
import { turnoutStream } from './turnoutStream.js';

async function nextEvent(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<unknown> {
	const { value } = await reader.read();
	return JSON.parse(new TextDecoder().decode(value).replace(/^data: /, ''));
}

describe('live turnout', () => {
	it('sends the count as people vote, never a choice, and ends when the vote closes', async () => {
		const { app, desk, codes } = await openTestRound();
		const stream = turnoutStream(app, 'r', 10, new AbortController().signal);
		const reader = stream.getReader();
		expect(await nextEvent(reader)).toEqual({ voted: 0, invited: 3, open: true });
		desk.cast(codes[0]!, { kind: 'scenario', scenarioId: 'equity-first' });
		const event = await nextEvent(reader);
		expect(event).toEqual({ voted: 1, invited: 3, open: true });
		expect(JSON.stringify(event)).not.toContain('equity');
		for (const code of codes.slice(1)) desk.cast(code, { kind: 'scenario', scenarioId: 'equity-first' });
		desk.act('r', { kind: 'close-vote' });
		let last: unknown;
		for (let i = 0; i < 5 && (last as { open?: boolean } | undefined)?.open !== false; i++)
			last = await nextEvent(reader);
		expect(last).toMatchObject({ open: false });
		expect((await reader.read()).done).toBe(true);
	});
});
