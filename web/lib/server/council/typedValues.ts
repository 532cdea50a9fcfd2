/** Council form fields that carry a secret: never sent back into a page, even to the person who typed it. */
const SECRET_FIELDS: ReadonlySet<string> = new Set(['reveal', 'password']);

/**
 * What a person typed into a refused form, to show it again: text fields only (a file input cannot be
 * refilled, and a file's content is not the person's typing), without secrets or the hidden `kind`.
 */
export function typedValues(form: FormData): Readonly<Record<string, string>> {
	const values: Record<string, string> = {};
	for (const [name, value] of form) {
		if (typeof value !== 'string' || name === 'kind' || SECRET_FIELDS.has(name)) continue;
		values[name] = value;
	}
	return values;
}
