import Sqlite from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { accountDefaults } from './accountDefaults.js';
import { checkPassword, hashPassword } from './passwordHash.js';
import type { Account, AccountOptions, Role } from './types.js';

/** Console accounts and their sessions. */
export interface Accounts {
	/** Adds an account; refuses an id already taken. */
	add(account: Account, password: string): Promise<{ readonly status: 'added' | 'exists' }>;
	/** Checks the password and starts a session; the token goes to the browser, only its hash is stored. */
	signIn(
		id: string,
		password: string,
		now: number
	): Promise<
		| {
				readonly status: 'signed-in';
				readonly account: Account;
				readonly token: string;
				readonly expires: number;
		  }
		| { readonly status: 'refused' }
	>;
	/** The account of a live session, or undefined (unknown, ended or expired). */
	session(token: string, now: number): Account | undefined;
	signOut(token: string): void;
	list(): readonly Account[];
	close(): void;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Opens (creating if needed) the account store at `path`. */
export function openAccounts(path: string, options: Partial<AccountOptions> = {}): Accounts {
	const settings = { ...accountDefaults, ...options };
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Sqlite(path);
	db.pragma('journal_mode = WAL');
	db.pragma('busy_timeout = 5000');
	db.exec(`
		CREATE TABLE IF NOT EXISTS accounts (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, password TEXT NOT NULL);
		CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, account TEXT NOT NULL REFERENCES accounts(id), expires INTEGER NOT NULL);
	`);
	const q = {
		add: db.prepare('INSERT OR IGNORE INTO accounts (id, name, role, password) VALUES (?, ?, ?, ?)'),
		byId: db.prepare('SELECT id, name, role, password FROM accounts WHERE id = ?'),
		list: db.prepare('SELECT id, name, role FROM accounts ORDER BY role, id'),
		startSession: db.prepare('INSERT INTO sessions (token_hash, account, expires) VALUES (?, ?, ?)'),
		session: db.prepare(
			'SELECT a.id, a.name, a.role FROM sessions s JOIN accounts a ON a.id = s.account WHERE s.token_hash = ? AND s.expires > ?'
		),
		endSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
		dropExpired: db.prepare('DELETE FROM sessions WHERE expires <= ?')
	};
	type Row = { id: string; name: string; role: Role; password: string };
	const toAccount = ({ id, name, role }: Omit<Row, 'password'>): Account => ({ id, name, role });
	// Compared against when the id is unknown, so a refusal takes as long either way (no probing for ids).
	const decoy = hashPassword(randomBytes(16).toString('hex'), settings.scryptCost);
	return {
		async add(account, password) {
			const hash = await hashPassword(password, settings.scryptCost);
			const { changes } = q.add.run(account.id, account.name, account.role, hash);
			return { status: changes === 1 ? 'added' : 'exists' };
		},
		async signIn(id, password, now) {
			const row = q.byId.get(id) as Row | undefined;
			const ok = await checkPassword(password, row?.password ?? (await decoy));
			if (!row || !ok) return { status: 'refused' };
			const token = randomBytes(32).toString('base64url');
			const expires = now + settings.sessionMs;
			q.dropExpired.run(now);
			q.startSession.run(sha256(token), row.id, expires);
			return { status: 'signed-in', account: toAccount(row), token, expires };
		},
		session(token, now) {
			const row = q.session.get(sha256(token), now) as Omit<Row, 'password'> | undefined;
			return row && toAccount(row);
		},
		signOut(token) {
			q.endSession.run(sha256(token));
		},
		list: () => (q.list.all() as Omit<Row, 'password'>[]).map(toAccount),
		close: () => db.close()
	};
}
