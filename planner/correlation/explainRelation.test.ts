import { describe, expect, it } from 'vitest';
import { defaults } from './defaults.js';
import { explainRelation } from './explainRelation.js';
import type { Relation } from './types.js';

const relation: Omit<Relation, 'explanation'> = {
	a: 'north/water',
	b: 'north/food',
	lag: -2,
	method: 'pearson',
	r: 0.8123,
	n: 22,
	nEffective: 21.4,
	p: 0.00012,
	pByLag: [],
	pWithoutInfluential: 0.2,
	fragile: true,
	q: 0.004,
	granger: { f: 9, p: 0.0031, order: 1, n: 20 },
	significant: false,
	evidence: 'weak'
};

describe('a relation explained', () => {
	it('in Russian, with plural forms, decimal commas and the reader’s names for the series', () => {
		const names: Record<string, string> = { 'north/food': 'еда (север)' };
		expect(explainRelation(relation, defaults, 'ru', (id) => names[id] ?? id)).toBe(
			'слабые свидетельства: r Пирсона = 0,81 на разностных, без сезонности и предварительно «выбеленных» рядах, ' +
				'еда (север) опережает на 2 шага; 22 пары (независимых — около 21); t-тест p = 1,2e-4, q = 0,0040 по всем парам и сдвигам; ' +
				'F-тест Грейнджера p = 0,0031 (намёк на причину, не доказательство); ' +
				'без 1 самого влиятельного события p Спирмена = 0,20: связь держится на нескольких общих событиях.'
		);
		const five = { ...relation, lag: 5, n: 25, fragile: false, granger: null };
		expect(explainRelation(five, { ...defaults, influentialShare: 0.2 }, 'ru')).toContain(
			'north/water опережает на 5 шагов; 25 пар'
		);
	});

	it('in English as the analyse command prints it', () => {
		expect(explainRelation({ ...relation, lag: 1 }, defaults)).toBe(
			'weak evidence: Pearson r = 0.81 on differenced, deseasonalised and pre-whitened series, north/water leading by 1 step; ' +
				'22 pairs worth 21 independent ones, t-test p = 1.2e-4, q = 0.0040 over all pairs and lags; ' +
				'Granger F-test p = 0.0031 (a causal hint, not proof); ' +
				'without its 1 most influential event Spearman p = 0.20: it rests on a few shared events.'
		);
	});
});
