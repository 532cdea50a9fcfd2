import type { InputOptions } from './types.js';

export const inputDefaults: InputOptions = {
	periodDays: 7,
	periods: 4,
	start: null,
	// Food is counted in kcal: about 2000 kcal per kg of mixed food (FAO food balance sheets' average
	// energy density of the food supply is 1.5–2.5 kcal/g). A dose of medicine ~ 5 g with packaging.
	massKgPerUnit: { L: 1, kg: 1, kcal: 0.0005, m2: 0, kWh: 0, dose: 0.005, set: 1.5, item: 0.5 },
	forecasts: []
};
