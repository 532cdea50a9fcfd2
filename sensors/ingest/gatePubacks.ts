import { Duplex } from 'node:stream';

/** PUBACK is MQTT control packet type 4 (MQTT 3.1.1 §2.2.1, MQTT 5 §2.1.2). */
const PUBACK = 4;

interface Entry {
	readonly messageId: number;
	released: boolean;
	/** The PUBACK's bytes, once the client library wrote them. */
	bytes?: Buffer;
}

/** Holds each QoS 1 acknowledgement on the wire until ingest says its message is safe. */
export interface PubackGate {
	/** Call when a QoS 1 message arrives; call the returned function once it is stored, spooled or dead-lettered. */
	hold(messageId: number): () => void;
	/** Messages received and not yet acknowledged. */
	readonly inFlight: number;
	/** Wraps the broker connection: what the MQTT client writes passes through, except PUBACKs, which wait. */
	wrap(socket: Duplex): Duplex;
}

/**
 * A gate on the bytes the MQTT client writes to the broker (the client is given this stream by
 * its public `streamBuilder`, so nothing depends on the library's internals). The stream is cut
 * into packets by the fixed header (type and Remaining Length, MQTT §2.2); every packet goes out
 * unchanged, except a PUBACK, which waits until its message was released by `hold`, and PUBACKs
 * leave in arrival order (MQTT 3.1.1 §4.6). A PUBACK for a message ingest has not seen yet waits
 * too, so a library that acknowledged early would stall ingest instead of losing data. The client
 * is handed at most `maxInFlight` unacknowledged QoS 1 messages; the rest waits in the socket,
 * so TCP pushes back on the broker (Telegraf's `max_undelivered_messages`). On disconnect held acks are
 * dropped: the broker redelivers those messages (persistent session) and the idempotent store
 * absorbs the repeat.
 */
export function gatePubacks(maxInFlight: number): PubackGate {
	let queue: Entry[] = [];
	let head = 0;
	let byId = new Map<number, Entry>();
	let out: Duplex | undefined;
	/** QoS 1 PUBLISH packets handed to the client whose PUBACK has not left yet. */
	let unacked = 0;
	/** Feeds the client more of what the broker sent, once the window has room again. */
	let feed: (() => void) | undefined;
	let drainScheduled = false;

	const entryOf = (id: number) => {
		let e = byId.get(id);
		if (!e) {
			e = { messageId: id, released: false };
			byId.set(id, e);
			queue.push(e);
		}
		return e;
	};
	const drain = (socket: Duplex) => {
		const ready: Buffer[] = [];
		while (head < queue.length && queue[head]!.released && queue[head]!.bytes) {
			const e = queue[head++]!;
			// The broker reuses an id only after its PUBACK, so the id is free once it leaves.
			byId.delete(e.messageId);
			ready.push(e.bytes!);
			unacked--;
		}
		if (ready.length > 0) socket.write(ready.length === 1 ? ready[0] : Buffer.concat(ready));
		if (head > 1024 && head * 2 > queue.length) {
			queue = queue.slice(head);
			head = 0;
		}
		if (ready.length > 0) feed?.();
	};

	return {
		hold(messageId) {
			const entry = entryOf(messageId);
			const socket = out;
			return () => {
				if (socket !== out) return; // from a connection that has since closed
				entry.released = true;
				// A stored batch releases thousands at once: send their PUBACKs in one write.
				if (drainScheduled) return;
				drainScheduled = true;
				process.nextTick(() => {
					drainScheduled = false;
					if (socket === out) drain(socket!);
				});
			};
		},
		get inFlight() {
			return unacked;
		},
		wrap(socket) {
			let pending: Buffer = Buffer.alloc(0);
			let input: Buffer = Buffer.alloc(0);
			let wanted = true;
			// Hands the client whole packets from the broker, stopping at `maxInFlight` unacknowledged
			// QoS 1 PUBLISHes; what waits stays in the socket, so TCP pushes back on the broker.
			const feedClient = () => {
				let at = 0;
				while (unacked < maxInFlight) {
					const size = packetSize(input, at);
					if (size === undefined || at + size > input.length) break;
					// PUBLISH is type 3; bits 1-2 of the first byte are its QoS (MQTT §3.3.1).
					if (input[at]! >> 4 === 3 && (input[at]! & 0x06) !== 0) unacked++;
					at += size;
				}
				if (at > 0) {
					wanted = gated.push(Buffer.from(input.subarray(0, at)));
					input = input.subarray(at);
				}
				if (wanted && unacked < maxInFlight) socket.resume();
				else socket.pause();
			};
			const gated: Duplex = new Duplex({
				read: () => {
					wanted = true;
					feedClient();
				},
				write: (chunk: Buffer, _encoding, done) => {
					pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
					let at = 0;
					let passed: Buffer[] = [];
					for (;;) {
						const size = packetSize(pending, at);
						if (size === undefined || at + size > pending.length) break;
						const packet = pending.subarray(at, at + size);
						at += size;
						if (packet[0]! >> 4 !== PUBACK) {
							passed.push(packet);
							continue;
						}
						if (passed.length > 0) socket.write(Buffer.concat(passed));
						passed = [];
						// The message id follows the two-byte fixed header of a PUBACK.
						entryOf(packet.readUInt16BE(2)).bytes = Buffer.from(packet);
						drain(socket);
					}
					if (passed.length > 0) socket.write(Buffer.concat(passed));
					pending = Buffer.from(pending.subarray(at));
					done();
				},
				destroy: (error, callback) => {
					socket.destroy(error ?? undefined);
					callback(error);
				},
				// The broker may have closed the socket already (after DISCONNECT): nothing left to end.
				final: (callback) =>
					socket.writableEnded || socket.destroyed ? callback() : socket.end(() => callback())
			});
			out = socket;
			feed = feedClient;
			socket.on('data', (data: Buffer) => {
				input = input.length === 0 ? data : Buffer.concat([input, data]);
				feedClient();
			});
			socket.on('end', () => gated.push(null));
			socket.on('error', (error) => gated.destroy(error));
			socket.on('close', () => {
				// Held acks die with the connection; the broker redelivers their messages.
				if (out === socket) {
					queue = [];
					head = 0;
					byId = new Map();
					out = undefined;
					unacked = 0;
					feed = undefined;
				}
				gated.destroy();
			});
			socket.on('connect', () => gated.emit('connect'));
			socket.on('secureConnect', () => gated.emit('secureConnect'));
			return gated;
		}
	};
}

/** Bytes of the packet starting at `at` (fixed header and Remaining Length, MQTT §2.2.3), or undefined if not all there yet. */
function packetSize(buffer: Buffer, at: number): number | undefined {
	let length = 0;
	let multiplier = 1;
	for (let i = 1; i <= 4; i++) {
		if (at + i >= buffer.length) return undefined;
		const byte = buffer[at + i]!;
		length += (byte & 0x7f) * multiplier;
		if ((byte & 0x80) === 0) return 1 + i + length;
		multiplier *= 128;
	}
	throw new Error('malformed Remaining Length in an outgoing MQTT packet');
}
