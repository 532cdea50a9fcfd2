/**
 * The two client packets a load generator needs, encoded by hand (MQTT 3.1.1 §3.1 and §3.3;
 * MQTT 5 §3.1 and §3.3 with empty properties): a general client's per-message cost (packet objects,
 * stores, stream writes) would measure the client instead of the broker and ingest behind it.
 */
export const mqttPacket = {
	/** CONNECT with a clean session, no keepalive, optional user name and password. */
	connect(clientId: string, protocolVersion: 4 | 5, username = '', password = ''): Buffer {
		const flags = 0x02 | (username ? 0x80 : 0) | (password ? 0x40 : 0);
		const header = Buffer.from([0, 4, 0x4d, 0x51, 0x54, 0x54, protocolVersion, flags, 0, 0]);
		const fields = [clientId, ...(username ? [username] : []), ...(password ? [password] : [])];
		return packet(0x10, [header, ...(protocolVersion === 5 ? [Buffer.from([0])] : []), ...fields.map(text)]);
	},
	/** QoS 1 PUBLISH with packet id `id` (1 to 65 535). */
	publish(topic: string, id: number, payload: string | Buffer, protocolVersion: 4 | 5): Buffer {
		const idBytes = Buffer.from([id >> 8, id & 0xff]);
		const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
		return packet(0x32, [text(topic), idBytes, ...(protocolVersion === 5 ? [Buffer.from([0])] : []), body]);
	}
};

/** A UTF-8 string with its two-byte length (MQTT §1.5.3). */
const text = (s: string) => {
	const bytes = Buffer.from(s);
	return Buffer.concat([Buffer.from([bytes.length >> 8, bytes.length & 0xff]), bytes]);
};

/** Fixed header (type and flags, Remaining Length as a Variable Byte Integer, MQTT §2.2.3) and the parts. */
function packet(first: number, parts: Buffer[]): Buffer {
	let remaining = parts.reduce((n, p) => n + p.length, 0);
	const header = [first];
	do {
		let byte = remaining % 128;
		remaining = Math.floor(remaining / 128);
		if (remaining > 0) byte |= 0x80;
		header.push(byte);
	} while (remaining > 0);
	return Buffer.concat([Buffer.from(header), ...parts]);
}
