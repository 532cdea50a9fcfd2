import type { ReferenceData, Resource, SurveyField } from '../types.js';

/**
 * The test case of lineage (known truth): `household-index` is derived from survey field `q17`, whose category is
 * ethnicity, under names that give nothing away; `rooms-index` is derived from `q18`, which records no protected
 * category. Whatever reads `household-index` must refuse it; `rooms-index` must pass.
 */
export const q17: SurveyField = {
	id: 'q17',
	name: { en: 'Question 17', ru: 'Вопрос 17' },
	category: 'ethnicity'
};
export const q18: SurveyField = {
	id: 'q18',
	name: { en: 'Rooms per home', ru: 'Комнат в жилье' },
	category: null
};

const derived = (id: string, field: string, en: string, ru: string): Resource => ({
	id,
	name: { en, ru },
	unit: 'item',
	tier: 'rare',
	storageLossPerDay: 0,
	derivedFrom: [field]
});

export const householdIndex = derived('household-index', 'q17', 'Household index', 'Индекс домохозяйств');
export const roomsIndex = derived('rooms-index', 'q18', 'Rooms index', 'Индекс комнат');

/** `reference` with the two derived resources added to its catalogue and the two fields as its survey fields. */
export const withLineageCase = (reference: ReferenceData): ReferenceData => ({
	...reference,
	catalogue: {
		...reference.catalogue,
		resources: [...reference.catalogue.resources, householdIndex, roomsIndex]
	},
	surveyFields: [q17, q18]
});
