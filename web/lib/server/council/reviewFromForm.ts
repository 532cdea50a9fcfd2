import * as v from 'valibot';
import { ReviewFile } from '../../../../cli/commands/round/schemas.js';
import { parse } from '../../../../data/schema/index.js';

type Verdicts = v.InferOutput<typeof ReviewFile>['verdicts'];

/** `floor:water:north = 5` → ['floor:water:north', 5]: numbers and true/false as such, anything else as text. */
function amendment(line: string): [string, number | boolean | string] | undefined {
	const at = line.indexOf('=');
	if (at < 0) return undefined;
	const key = line.slice(0, at).trim();
	const raw = line.slice(at + 1).trim();
	const value = /^-?\d+(\.\d+)?$/.test(raw)
		? Number(raw)
		: raw === 'true'
			? true
			: raw === 'false'
				? false
				: raw;
	return key === '' ? undefined : [key, value];
}

/**
 * The expert's review form: per scenario `verdict:<id>`, `comment:<id>` and `amended:<id>` (one
 * `parameter = value` per line), checked with the same schema as `resourceos round review --verdicts`.
 * The domain then checks that every scenario has a verdict and that amended parameters are ones the planner can act on.
 */
export function reviewFromForm(
	fields: Readonly<Record<string, unknown>>
): { ok: true; verdicts: Verdicts } | { ok: false; field: string; message: string } {
	const ids: string[] = [];
	for (const [name, value] of Object.entries(fields)) {
		if (name === 'kind') continue;
		const match = /^(verdict|comment|amended):(.+)$/.exec(name);
		if (!match || typeof value !== 'string')
			return { ok: false, field: name, message: `${name}: unknown field` };
		if (match[1] === 'verdict') ids.push(match[2]!);
	}
	const verdicts: unknown[] = [];
	for (const id of ids) {
		const lines = String(fields[`amended:${id}`] ?? '')
			.split('\n')
			.filter((l) => l.trim() !== '');
		const pairs = lines.map(amendment);
		const bad = pairs.findIndex((p) => p === undefined);
		if (bad >= 0)
			return {
				ok: false,
				field: `amended:${id}`,
				message: `amended:${id}: line ${bad + 1} should read parameter = value, got ${JSON.stringify(lines[bad])}`
			};
		verdicts.push({
			scenarioId: id,
			verdict: fields[`verdict:${id}`],
			comment: String(fields[`comment:${id}`] ?? '').trim(),
			...(pairs.length > 0 ? { amended: Object.fromEntries(pairs as [string, unknown][]) } : {})
		});
	}
	// The desk refuses this too, but names the scenario by its long id; here the error is tied to the comment box.
	const silent = ids.find(
		(id) =>
			['needs-rework', 'unsound'].includes(String(fields[`verdict:${id}`])) &&
			String(fields[`comment:${id}`] ?? '').trim() === ''
	);
	if (silent !== undefined)
		return {
			ok: false,
			field: `comment:${silent}`,
			message: `comment:${silent}: needed when the verdict is not sound`
		};
	const parsed = parse(ReviewFile, { verdicts });
	if (!parsed.ok) {
		const issue = parsed.issues[0]!;
		const [, n, key] = /^verdicts\.(\d+)\.(\w+)/.exec(issue.path) ?? [];
		const field = n !== undefined ? `${key}:${ids[Number(n)]}` : 'verdicts';
		return { ok: false, field, message: `${field}: ${issue.expected}` };
	}
	return { ok: true, verdicts: parsed.value.verdicts };
}
