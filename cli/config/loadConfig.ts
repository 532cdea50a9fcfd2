import { readFile } from 'node:fs/promises';
import { InputError, parse, type InputIssue } from '../../data/schema/index.js';
import { defaults } from './defaults.js';
import { coerce, leaves, type Leaf } from './leaves.js';
import { ConfigSchema, secretPaths } from './schema.js';
import type { Config, ConfigInputs, ConfigSource } from './types.js';

type Tree = Record<string, unknown>;

function setPath(tree: Tree, path: string, value: unknown): void {
	const keys = path.split('.');
	let node = tree;
	for (const key of keys.slice(0, -1)) {
		if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
		node = node[key] as Tree;
	}
	node[keys.at(-1)!] = value;
}

function merge(
	base: Tree,
	layer: Tree,
	sources: Map<string, ConfigSource>,
	source: ConfigSource,
	prefix = ''
): Tree {
	const out: Tree = { ...base };
	for (const [key, value] of Object.entries(layer)) {
		const path = prefix ? `${prefix}.${key}` : key;
		const isTree = (x: unknown): x is Tree => typeof x === 'object' && x !== null && !Array.isArray(x);
		if (isTree(value) && isTree(base[key])) out[key] = merge(base[key], value, sources, source, path);
		else {
			out[key] = value;
			sources.set(path, source);
		}
	}
	return out;
}

async function readConfigFile(path: string): Promise<Tree> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		throw new InputError(`config file ${path}`, [
			{ path: '', expected: `should be readable (${(error as NodeJS.ErrnoException).code})`, received: path }
		]);
	}
	try {
		return JSON.parse(text) as Tree;
	} catch (error) {
		throw new InputError(`config file ${path}`, [
			{ path: '', expected: `should be JSON (${(error as Error).message})`, received: text.slice(0, 40) }
		]);
	}
}

/** A bad secret is named, never shown. */
function hideSecret(issue: InputIssue, path: string): InputIssue {
	if (!secretPaths.includes(path)) return issue;
	return { ...issue, expected: issue.expected.replace(/\s*but received.*$/s, ''), received: '[redacted]' };
}

/** Why `path` is refused, with the settings it most likely meant: those of its group, or else every group. */
function notASetting(path: string, all: readonly Leaf[], show: (leaf: Leaf) => string): string {
	const group = path.split('.')[0];
	const near = all.filter((l) => l.path.split('.')[0] === group);
	const groups = [...new Set(all.map((l) => l.path.split('.')[0]))];
	const list =
		near.length > 0
			? `the ${group} settings are ${near.map(show).join(', ')}`
			: `the groups are ${groups.join(', ')}`;
	return `is not a setting; ${list} (every one: resourceos config --help)`;
}

/**
 * Builds the configuration from defaults, then a JSON file, then RESOURCEOS_* environment
 * variables, then `--key.path=value` flags; validates it once and throws an InputError whose
 * lines name each bad setting, its value and where it came from.
 */
export async function loadConfig(inputs: ConfigInputs): Promise<Config> {
	const sources = new Map<string, ConfigSource>();
	const all = leaves(defaults);
	const unknown: InputIssue[] = [];
	let tree: Tree = structuredClone(defaults) as unknown as Tree;

	const file = inputs.file ?? inputs.env.RESOURCEOS_CONFIG;
	if (file) tree = merge(tree, await readConfigFile(file), sources, `file ${file}`);

	const envLayer: Tree = {};
	for (const [name, text] of Object.entries(inputs.env)) {
		if (!name.startsWith('RESOURCEOS_') || name === 'RESOURCEOS_CONFIG' || text === undefined) continue;
		const leaf = all.find((l) => l.env === name);
		if (!leaf) {
			const path = name.slice('RESOURCEOS_'.length).toLowerCase().split('_')[0]!;
			unknown.push({ path: name, expected: notASetting(path, all, (l) => l.env), received: text });
			continue;
		}
		setPath(envLayer, leaf.path, coerce(leaf, text));
		sources.set(leaf.path, `env ${name}`);
	}
	tree = merge(tree, envLayer, new Map(), 'default');

	const flagLayer: Tree = {};
	for (const [path, text] of Object.entries(inputs.flags)) {
		const leaf = all.find((l) => l.path === path);
		if (!leaf) {
			unknown.push({
				path: `--${path}`,
				expected: notASetting(path, all, (l) => `--${l.path}`),
				received: text
			});
			continue;
		}
		setPath(flagLayer, leaf.path, coerce(leaf, text));
		sources.set(leaf.path, `flag --${path}`);
	}
	tree = merge(tree, flagLayer, new Map(), 'default');

	const parsed = parse(ConfigSchema, tree);
	const invalid = parsed.ok
		? []
		: parsed.issues.map((i) =>
				hideSecret({ ...i, path: `${i.path} (${sources.get(i.path) ?? 'default'})` }, i.path)
			);
	const issues = [...unknown, ...invalid];
	if (issues.length > 0 || !parsed.ok) throw new InputError('Invalid configuration', issues);
	return parsed.value;
}
