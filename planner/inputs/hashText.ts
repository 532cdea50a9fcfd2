/** SHA-256 of a text as hex, through Web Crypto (global in Node 20 and browsers, no I/O import). */
export async function hashText(text: string): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
