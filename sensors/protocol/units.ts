/**
 * Units a sensor may report, per canonical catalogue unit, with the factor to the canonical unit.
 * Symbols follow the SenML units registry (RFC 8428 §12.1: `l`, `m3`, `J`, `Wh`) plus the
 * customary ones gateways send (`t`, `L`, `MWh`, `kWh`).
 */
const TABLE: Readonly<Record<string, Readonly<Record<string, number>>>> = {
	kg: { kg: 1, g: 0.001, t: 1000 },
	L: { L: 1, l: 1, mL: 0.001, ml: 0.001, m3: 1000, ML: 1_000_000 },
	kWh: { kWh: 1, Wh: 0.001, MWh: 1000, GWh: 1_000_000, J: 1 / 3_600_000, MJ: 1 / 3.6, GJ: 1000 / 3.6 },
	kcal: { kcal: 1, Mcal: 1000, kJ: 1 / 4.184, MJ: 1000 / 4.184 },
	m2: { m2: 1, ha: 10_000 },
	dose: { dose: 1 },
	set: { set: 1 },
	item: { item: 1 }
};

/** The factor from `unit` to `canonical`, or undefined when no conversion exists. */
export function conversionFactor(unit: string, canonical: string): number | undefined {
	// Own properties only: `constructor` or `__proto__` must not find Object.prototype's.
	const units = Object.hasOwn(TABLE, canonical) ? TABLE[canonical]! : undefined;
	return units && Object.hasOwn(units, unit) ? units[unit] : undefined;
}

/** Every unit accepted for a canonical unit (for error messages and PROTOCOL.md). */
export function acceptedUnits(canonical: string): readonly string[] {
	return Object.hasOwn(TABLE, canonical) ? Object.keys(TABLE[canonical]!) : [];
}
