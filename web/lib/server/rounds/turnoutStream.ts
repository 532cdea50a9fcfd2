import type { AppContext } from '../context.js';

/** Turnout of a round's open ballot: how many of the invited have voted. Choices never travel here. */
export function turnoutNow(
	app: AppContext,
	id: string
): { voted: number; invited: number; open: boolean } | undefined {
	const round = app.rounds.round(id);
	if (!round) return undefined;
	const invited = round.panel ? round.panel.members.length + round.panel.invited.length : 0;
	const stage = round.stages.at(-1);
	const open = round.state === 'panel-vote';
	return { voted: stage && open ? app.ledger.voted(id, stage.index) : 0, invited, open };
}

/**
 * Server-sent events with the turnout every `intervalMs`, while the vote is open; the stream ends when
 * it closes or the reader leaves. Only a count: a live list of receipts or choices would break the
 * ballot's secrecy (see `publishedBallots`).
 */
export function turnoutStream(
	app: AppContext,
	id: string,
	intervalMs: number,
	signal: AbortSignal
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let timer: ReturnType<typeof setInterval> | undefined;
	return new ReadableStream({
		start(controller) {
			const send = () => {
				const now = turnoutNow(app, id);
				controller.enqueue(encoder.encode(`data: ${JSON.stringify(now ?? { open: false })}\n\n`));
				if (!now?.open) stop();
			};
			const stop = () => {
				clearInterval(timer);
				signal.removeEventListener('abort', stop);
				try {
					controller.close();
				} catch {
					// Already closed by the reader.
				}
			};
			signal.addEventListener('abort', stop);
			send();
			if (turnoutNow(app, id)?.open) timer = setInterval(send, intervalMs);
		},
		cancel() {
			clearInterval(timer);
		}
	});
}
