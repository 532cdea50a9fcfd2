/** Languages of the console: Russian first (most panelists), English for everyone else. */
export type Locale = 'ru' | 'en';

/** Every text the console shows, by key. */
export type Messages = Readonly<Record<MessageKey, string>>;

export type MessageKey =
	| 'app.title'
	| 'app.tagline'
	| 'nav.overview'
	| 'nav.rounds'
	| 'nav.vote'
	| 'nav.language'
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
