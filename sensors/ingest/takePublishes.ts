import { Duplex } from 'node:stream';

/** MQTT control packet types (MQTT 3.1.1 §2.2.1, MQTT 5 §2.1.2). */
const PUBLISH = 3;

/**
 * Receives one PUBLISH from the broker. `ack` sends its PUBACK (QoS 1; a no-op for QoS 0): call it
 * once the message is stored, spooled or dead-lettered, or never, to have the broker deliver it again.
 */
export type OnPublish = (topic: string, payload: Buffer, ack: () => void) => void;

/** Takes the broker's PUBLISH packets off an MQTT connection and acknowledges each when told. */
export interface PublishTap {
	/** QoS 1 messages handed to `onPublish` whose PUBACK has not left yet. */
	readonly inFlight: number;
	/** Wraps the broker connection for the MQTT client: every packet but PUBLISH passes through both ways. */
	wrap(socket: Duplex): Duplex;
}

interface Entry {
	readonly messageId: number;
	released: boolean;
}

/**
 * Ingest's hot path on the wire. The MQTT client (MQTT.js) keeps the session: CONNECT, SUBSCRIBE,
 * keepalive, reconnects; it gets this stream through its public `streamBuilder`. The broker's
 * PUBLISH packets never reach it: they are read here (fixed header, topic, packet id and, under
 * MQTT 5, the properties, MQTT 5 §3.3) and handed to `onPublish`, and their PUBACKs are written
 * here, in arrival order (MQTT 3.1.1 §4.6), once released. So nothing is acknowledged before
 * ingest says so, whatever the client library does, and the per-message cost of a general client
 * (packet objects, stream writes per PUBACK) is gone. At most `maxInFlight` QoS 1 messages are
 * unacknowledged; the rest stays in the socket, so TCP pushes back on the broker (Telegraf's
 * `max_undelivered_messages`). On disconnect held acks are dropped: the broker redelivers those
 * messages (persistent session) and the idempotent store absorbs the repeat.
 */
export function takePublishes(
	options: { readonly maxInFlight: number; readonly protocolVersion: 4 | 5 },
	onPublish: OnPublish
): PublishTap {
	let queue: Entry[] = [];
	let head = 0;
	let out: Duplex | undefined;
	let unacked = 0;
	/** Reads more of what the broker sent, once the window has room again. */
	let feed: (() => void) | undefined;
	let drainScheduled = false;

	/** Writes the PUBACKs now due, in arrival order, in one write. */
	const drain = (socket: Duplex) => {
		let n = 0;
		while (head + n < queue.length && queue[head + n]!.released) n++;
		if (n === 0) return;
		// PUBACK: type 4, Remaining Length 2, packet id; MQTT 5 allows leaving out reason code 0 (§3.4.2.1).
		const acks = Buffer.allocUnsafe(4 * n);
		for (let k = 0; k < n; k++) {
			acks[4 * k] = 0x40;
			acks[4 * k + 1] = 2;
			acks.writeUInt16BE(queue[head + k]!.messageId, 4 * k + 2);
		}
		head += n;
		unacked -= n;
		socket.write(acks);
		if (head > 1024 && head * 2 > queue.length) {
			queue = queue.slice(head);
			head = 0;
		}
		feed?.();
	};

	const release = (entry: Entry, socket: Duplex) => () => {
		if (socket !== out || entry.released) return; // from a connection that has since closed
		entry.released = true;
		// A stored batch releases thousands at once: send their PUBACKs in one write.
		if (drainScheduled) return;
		drainScheduled = true;
		process.nextTick(() => {
			drainScheduled = false;
			if (socket === out) drain(socket);
		});
	};

	return {
		get inFlight() {
			return unacked;
		},
		wrap(socket) {
			let input: Buffer = Buffer.alloc(0);
			let wanted = true;
			const toClient = (bytes: Buffer) => (wanted = client.push(bytes));
			// Reads whole packets while the window has room: PUBLISH to `onPublish`, the rest to the client.
			const feedSocket = () => {
				let at = 0;
				let passFrom = 0;
				while (unacked < options.maxInFlight) {
					const size = packetSize(input, at);
					if (size === undefined || at + size > input.length) break;
					if (input[at]! >> 4 === PUBLISH) {
						if (at > passFrom) toClient(input.subarray(passFrom, at));
						passFrom = at + size;
						takePublish(input.subarray(at, at + size), socket);
					}
					at += size;
				}
				if (at > passFrom) toClient(input.subarray(passFrom, at));
				input = input.subarray(at);
				if (wanted && unacked < options.maxInFlight) socket.resume();
				else socket.pause();
			};
			const takePublish = (packet: Buffer, socket: Duplex) => {
				const qos = (packet[0]! >> 1) & 3;
				let at = 1;
				while (packet[at]! & 0x80) at++;
				at++;
				const topicLength = packet.readUInt16BE(at);
				const topic = packet.toString('utf8', at + 2, at + 2 + topicLength);
				at += 2 + topicLength;
				const messageId = qos > 0 ? packet.readUInt16BE(at) : 0;
				if (qos > 0) at += 2;
				if (options.protocolVersion === 5) {
					const properties = varInt(packet, at);
					at = properties.end + properties.value;
				}
				// Ingest subscribes with QoS 1 and allows no topic aliases, so the broker sends neither QoS 2 nor an empty topic.
				if (qos === 2 || topicLength === 0) {
					socket.destroy(
						new Error(`broker sent a PUBLISH ingest did not ask for (QoS ${qos}, topic "${topic}")`)
					);
					return;
				}
				if (qos === 0) return onPublish(topic, packet.subarray(at), () => undefined);
				const entry: Entry = { messageId, released: false };
				queue.push(entry);
				unacked++;
				onPublish(topic, packet.subarray(at), release(entry, socket));
			};
			const client: Duplex = new Duplex({
				read: () => {
					wanted = true;
					feedSocket();
				},
				// The client never receives a PUBLISH, so it never writes a PUBACK: what it writes passes unchanged.
				write: (chunk: Buffer, _encoding, done) => {
					socket.write(chunk);
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
			feed = feedSocket;
			socket.on('data', (data: Buffer) => {
				input = input.length === 0 ? data : Buffer.concat([input, data]);
				feedSocket();
			});
			socket.on('end', () => client.push(null));
			socket.on('error', (error) => client.destroy(error));
			socket.on('close', () => {
				// Held acks die with the connection; the broker redelivers their messages.
				if (out === socket) {
					queue = [];
					head = 0;
					out = undefined;
					unacked = 0;
					feed = undefined;
				}
				client.destroy();
			});
			socket.on('connect', () => client.emit('connect'));
			socket.on('secureConnect', () => client.emit('secureConnect'));
			return client;
		}
	};
}

/** A Variable Byte Integer (MQTT 5 §1.5.5) at `at`: its value and where it ends. */
function varInt(buffer: Buffer, at: number): { value: number; end: number } {
	let value = 0;
	let multiplier = 1;
	for (let i = at; i < at + 4; i++) {
		const byte = buffer[i]!;
		value += (byte & 0x7f) * multiplier;
		if ((byte & 0x80) === 0) return { value, end: i + 1 };
		multiplier *= 128;
	}
	throw new Error('malformed Variable Byte Integer from the broker');
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
	throw new Error('malformed Remaining Length from the broker');
}
