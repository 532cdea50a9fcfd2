import type Sqlite from 'better-sqlite3';
import type { Ledger } from '../types.js';
import type { AppendEvent } from './types.js';

const columns = 'id, name, field, term_start, term_end, conflicts';

interface ExpertRow {
	readonly id: string;
	readonly name: string;
	readonly field: string;
	readonly term_start: number;
	readonly term_end: number;
	readonly conflicts: string;
}

/** The `experts` roster: every term, past and present; each appointment chained to the audit log. */
export function createRosterTable(
	db: Sqlite.Database,
	chain: AppendEvent
): Pick<Ledger, 'appoint' | 'roster'> {
	const q = {
		appoint: db.prepare(`INSERT INTO experts (${columns}) VALUES (?, ?, ?, ?, ?, ?)`),
		roster: db.prepare(`SELECT ${columns} FROM experts ORDER BY term_start, id`)
	};
	return {
		roster: () =>
			(q.roster.all() as ExpertRow[]).map((r) => ({
				id: r.id,
				name: r.name,
				field: r.field,
				term: { start: r.term_start, end: r.term_end },
				conflicts: JSON.parse(r.conflicts) as string[]
			})),
		appoint(expert, at) {
			db.transaction(() => {
				q.appoint.run(
					expert.id,
					expert.name,
					expert.field,
					expert.term.start,
					expert.term.end,
					JSON.stringify(expert.conflicts)
				);
				chain('roster', { kind: 'expert-appointed', data: { ...expert } }, at);
			}).immediate();
		}
	};
}
