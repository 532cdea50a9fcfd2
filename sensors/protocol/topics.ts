import type { Origin } from './types.js';

/** Topic root and version; a breaking change of the payload gets a new version segment. */
export const TOPIC_ROOT = 'ros/v1';
/** One topic segment (region, site, gateway): letters, digits, `-`, `_`; never MQTT wildcards or `/`. */
export const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export type TopicKind = 'readings' | 'status';

/** `ros/v1/{region}/{site}/{gateway}/{kind}`. Throws for a segment that would break the topic tree (a bug in the caller). */
export function topicOf(origin: Origin, kind: TopicKind): string {
	for (const field of ['region', 'site', 'gateway'] as const) {
		if (!SEGMENT.test(origin[field]))
			throw new RangeError(
				`${field} ${JSON.stringify(origin[field])} cannot be a topic segment (letters, digits, - and _)`
			);
	}
	return `${TOPIC_ROOT}/${origin.region}/${origin.site}/${origin.gateway}/${kind}`;
}

/**
 * Our topics seen, with what they say: ingest sees the same few thousand topics over and over.
 * Only valid topics are kept (at most ~220 bytes each), and the map is cleared when full.
 */
const seen = new Map<string, { origin: Origin; kind: TopicKind }>();
const SEEN_MAX = 100_000;

/** Reads origin and kind from a topic, or undefined when it is not one of ours. */
export function parseTopic(topic: string): { origin: Origin; kind: TopicKind } | undefined {
	const known = seen.get(topic);
	if (known) return known;
	const parsed = readTopic(topic);
	if (!parsed) return undefined;
	if (seen.size >= SEEN_MAX) seen.clear();
	seen.set(topic, parsed);
	return parsed;
}

function readTopic(topic: string): { origin: Origin; kind: TopicKind } | undefined {
	const parts = topic.split('/');
	if (parts.length !== 6 || `${parts[0]}/${parts[1]}` !== TOPIC_ROOT) return undefined;
	const [, , region, site, gateway, kind] = parts as [string, string, string, string, string, string];
	if (![region, site, gateway].every((s) => SEGMENT.test(s))) return undefined;
	if (kind !== 'readings' && kind !== 'status') return undefined;
	return { origin: { region, site, gateway }, kind };
}

/** Subscription filters for the ingest worker; `group` makes them MQTT v5 shared subscriptions (`$share/{group}/...`). */
export function ingestFilters(group?: string): string[] {
	const filters = [`${TOPIC_ROOT}/+/+/+/readings`, `${TOPIC_ROOT}/+/+/+/status`];
	return group ? filters.map((f) => `$share/${group}/${f}`) : filters;
}
