import type { MqttClient } from 'mqtt';

type SendPacket = (
	packet: { cmd: string; messageId?: number },
	cb?: (error?: Error) => void,
	...rest: unknown[]
) => void;

interface Entry {
	readonly messageId: number;
	done: boolean;
	puback?: { cmd: string; messageId?: number };
}

/** Holds QoS 1 acknowledgements until the reading is safe, with at most `maxInFlight` unacknowledged messages. */
export interface DeferredAcks {
	/** Call when a QoS 1 message arrives; call the returned function once it is stored, spooled or dead-lettered. */
	hold(messageId: number): () => void;
	readonly inFlight: number;
}

/**
 * MQTT.js sends a PUBACK as soon as its message handler returns, and handles the next packet only
 * after that (handlers/publish.ts), so waiting in the handler would allow one message in flight.
 * Instead the client's packet writer is wrapped: a PUBACK is held back, in arrival order (MQTT
 * 3.1.1 §4.6 wants acks in order), until `hold`'s release is called, while the client goes on
 * reading. Past `maxInFlight` held acks the client stops reading, which pushes back on the broker
 * through TCP. After a disconnect held acks are dropped: the broker redelivers those messages
 * (with a persistent session) and the idempotent store absorbs the repeat.
 * This relies on MQTT.js's internal `_sendPacket` (checked against mqtt 5.16).
 */
export function deferPubacks(client: MqttClient, maxInFlight: number): DeferredAcks {
	const internal = client as unknown as { _sendPacket: SendPacket };
	const send: SendPacket = internal._sendPacket.bind(client);
	// A FIFO with a moving head: Array#shift on 20 000 held acks would be quadratic.
	let queue: Entry[] = [];
	let head = 0;
	const held = () => queue.length - head;
	// Entries whose PUBACK has not come by yet, by message id (a linear search made 20 000 in flight quadratic).
	let awaiting = new Map<number, Entry>();
	let blocked: (() => void)[] = [];
	const unblock = () => {
		while (blocked.length > 0 && held() < maxInFlight) blocked.pop()!();
	};
	const drain = () => {
		// Acks are released a batch at a time: cork the socket so thousands go out in one write.
		const stream = (client as unknown as { stream?: { cork?: () => void; uncork?: () => void } }).stream;
		let corked = false;
		while (head < queue.length && queue[head]!.done && queue[head]!.puback) {
			if (!corked && stream?.cork) {
				stream.cork();
				corked = true;
			}
			send(queue[head++]!.puback!);
		}
		if (corked) process.nextTick(() => stream!.uncork!());
		if (head > 1024 && head * 2 > queue.length) {
			queue = queue.slice(head);
			head = 0;
		}
		unblock();
	};
	internal._sendPacket = (packet, cb, ...rest) => {
		if (packet.cmd !== 'puback') return send(packet, cb, ...rest);
		const entry = packet.messageId === undefined ? undefined : awaiting.get(packet.messageId);
		if (!entry) return send(packet, cb, ...rest);
		awaiting.delete(packet.messageId!);
		entry.puback = packet;
		if (held() < maxInFlight) cb?.();
		else if (cb) blocked.push(() => cb());
		drain();
	};
	client.on('close', () => {
		const waiting = blocked;
		queue = [];
		head = 0;
		awaiting = new Map();
		blocked = [];
		waiting.forEach((go) => go());
	});
	return {
		hold(messageId) {
			const entry: Entry = { messageId, done: false };
			queue.push(entry);
			awaiting.set(messageId, entry);
			const owner = awaiting;
			return () => {
				if (owner !== awaiting) return; // from a connection that has since closed
				entry.done = true;
				drain();
			};
		},
		get inFlight() {
			return held();
		}
	};
}
