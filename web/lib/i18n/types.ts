/** Languages of the console: Russian first (most panelists), English for everyone else. */
export type Locale = 'ru' | 'en';

/** Every text the console shows, by key. */
export type Messages = Readonly<Record<MessageKey, string>>;

export type MessageKey =
	| 'app.title'
	| 'app.tagline'
	| 'overview.threat'
	| 'overview.threat.green'
	| 'overview.threat.yellow'
	| 'overview.threat.red'
	| 'nav.overview'
	| 'nav.rounds'
	| 'nav.vote'
	| 'nav.language'
	| 'nav.skip'
	| 'nav.audit'
	| 'nav.sections'
	| 'overview.regions'
	| 'overview.population'
	| 'overview.adults'
	| 'overview.children'
	| 'overview.physicalWorkers'
	| 'overview.resources'
	| 'overview.norm'
	| 'overview.tier'
	| 'overview.unit'
	| 'overview.arcs'
	| 'overview.gateways'
	| 'overview.since'
	| 'tier.basic'
	| 'tier.social'
	| 'tier.rare'
	| 'per.day'
	| 'per.year'
	| 'per.stock';

/**
 * How to show a page that answered a form (POST) in the other language: post the same fields to the
 * same action again. A plain `?lang=` link cannot, since the fields were never in the address.
 */
export interface Relang {
	/** The form action, e.g. `?/choose`. */
	readonly action: string;
	readonly fields: Readonly<Record<string, string>>;
}
