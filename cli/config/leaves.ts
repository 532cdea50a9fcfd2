/** A setting: its dotted key path and the environment variable that sets it. */
export interface Leaf {
	readonly path: string;
	readonly env: string;
	readonly type: 'string' | 'number' | 'boolean';
}

const snake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** Lists every setting of a defaults object: `http.port` ↔ `RESOURCEOS_HTTP_PORT`. */
export function leaves(defaults: object, prefix: string[] = []): Leaf[] {
	return Object.entries(defaults).flatMap(([key, value]): Leaf[] => {
		const path = [...prefix, key];
		if (value !== null && typeof value === 'object') return leaves(value, path);
		const type = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
		return [{ path: path.join('.'), env: `RESOURCEOS_${path.map(snake).join('_')}`, type }];
	});
}

/** Turns a string from the environment or a flag into the setting's type; leaves it be if it does not fit, so the schema names it. */
export function coerce(leaf: Leaf, text: string): unknown {
	if (leaf.type === 'number' && /^\s*-?\d+(\.\d+)?\s*$/.test(text)) return Number(text);
	if (leaf.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
	return text;
}
