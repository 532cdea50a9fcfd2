import type { ClassPanel, ClassProblem, Pool } from '../types.js';

/**
 * Turns class-count panels into panels of volunteer ids. Within a household type, seats go to the
 * households (and within a household to the members) chosen least often so far, ties by sorted key, so
 * members of a class end up selected equally often (to within one panel): the lottery gives every member
 * the class's probability. Deterministic.
 */
export function assignPanels(problem: ClassProblem, pool: Pool, panels: readonly ClassPanel[]): string[][] {
	const { classes, householdTypes } = problem;
	const householdOf = pool.volunteers.map((v) => v.household);
	// members[a]: household key → member indices of class a in that household.
	const members = classes.map((k) => {
		const byHousehold = new Map<string, number[]>();
		for (const i of k.members)
			byHousehold.set(householdOf[i]!, [...(byHousehold.get(householdOf[i]!) ?? []), i]);
		return byHousehold;
	});
	const usedHousehold = new Map<string, number>();
	const usedMember = new Int32Array(pool.volunteers.length);
	return panels.map((panel) => {
		const ids: string[] = [];
		// The classes on this panel, grouped by household type (ascending, as in `t.classes`); types do not
		// share households, so the order in which types are served does not change who is picked.
		const byType = new Map<number, number[]>();
		panel.forEach((c, a) => {
			if (c === 0) return;
			const t = classes[a]!.householdType;
			byType.set(t, [...(byType.get(t) ?? []), a]);
		});
		for (const [type, wanted] of byType) {
			const t = householdTypes[type]!;
			const taken = new Set<string>();
			for (const a of wanted) {
				const pick = t.households
					.filter((h) => !taken.has(h))
					.map((h) => {
						const ms = members[a]!.get(h)!;
						const classUse = ms.reduce((s, i) => s + usedMember[i]!, 0);
						return { h, classUse, use: usedHousehold.get(h) ?? 0 };
					})
					.sort((x, y) => x.classUse - y.classUse || x.use - y.use || (x.h < y.h ? -1 : x.h > y.h ? 1 : 0))
					.slice(0, panel[a]!);
				if (pick.length < panel[a]!)
					throw new Error(
						`assignPanels: household type has ${t.households.length} households, panel wants more`
					);
				for (const { h } of pick) {
					taken.add(h);
					usedHousehold.set(h, (usedHousehold.get(h) ?? 0) + 1);
					const ms = members[a]!.get(h)!;
					const m = ms.reduce((best, i) => (usedMember[i]! < usedMember[best]! ? i : best), ms[0]!);
					usedMember[m]!++;
					ids.push(pool.volunteers[m]!.id);
				}
			}
		}
		return ids.sort();
	});
}
