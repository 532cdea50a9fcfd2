import { canonicalJson, lotteryDigest, lotteryIndex, poolDigest, quotasDigest, sha256 } from './digest.js';
import { drawPanel } from './drawPanel.js';
import { sortitionProtocol } from '../types.js';
import type {
	Commitment,
	LotteryOptions,
	Pool,
	Quotas,
	Reveal,
	SortitionSolver,
	VerifyCheck
} from '../types.js';

/** What a draw published: the commitment, the panel list and, once the seed is out, the reveal. */
export interface PublishedDraw {
	readonly commitment: Commitment;
	readonly lottery: readonly (readonly string[])[];
	readonly reveal?: Reveal;
}

/** Every check made, and whether all passed. */
export interface Verification {
	readonly ok: boolean;
	readonly checks: readonly VerifyCheck[];
}

/** Checks that every panel in the list meets the quotas and the household rule, on the published pool. */
function checkPanels(
	pool: Pool,
	quotas: Quotas,
	commitment: Commitment,
	lottery: readonly (readonly string[])[]
): string[] {
	const byId = new Map(pool.volunteers.map((v) => [v.id, v]));
	const problems: string[] = [];
	lottery.forEach((panel, j) => {
		const ids = [...commitment.kept, ...panel];
		if (ids.length !== quotas.panelSize)
			problems.push(`panel ${j}: ${ids.length} members, not ${quotas.panelSize}`);
		const households = new Set<string>();
		for (const id of ids) {
			const v = byId.get(id);
			if (!v) {
				problems.push(`panel ${j}: ${JSON.stringify(id)} is not in the pool`);
				continue;
			}
			if (commitment.dropouts.includes(id)) problems.push(`panel ${j}: ${JSON.stringify(id)} dropped out`);
			if (households.has(v.household))
				problems.push(`panel ${j}: two members of household ${JSON.stringify(v.household)}`);
			households.add(v.household);
		}
		for (const [k, values] of Object.entries(quotas.categories))
			for (const [value, b] of Object.entries(values)) {
				const count = ids.filter((id) => byId.get(id)?.features[k] === value).length;
				if (count < b.min || count > b.max)
					problems.push(`panel ${j}: ${k}=${value} has ${count}, quota ${b.min}..${b.max}`);
			}
	});
	return problems;
}

/**
 * Verifies a published draw from the published pool and quotas: digests, commitment hash, that every one of
 * the m panels meets the quotas and the household rule, that the seed picks the revealed panel, and (with
 * `rerun`) that re-running the optimisation yields the very same panel list — so the list was not chosen
 * by hand. Needs no trust in whoever ran the draw.
 */
export async function verifyDraw(
	pool: Pool,
	quotas: Quotas,
	published: PublishedDraw,
	solver: SortitionSolver | undefined,
	options: Partial<LotteryOptions> = {}
): Promise<Verification> {
	const { commitment: c, lottery, reveal } = published;
	const checks: VerifyCheck[] = [];
	const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
	check(
		'protocol',
		c.protocol === sortitionProtocol,
		`${JSON.stringify(c.protocol)} (expected ${sortitionProtocol})`
	);
	const pd = poolDigest(pool);
	check('pool digest', pd === c.poolDigest, `published ${c.poolDigest}, computed ${pd}`);
	const qd = quotasDigest(quotas);
	check('quotas digest', qd === c.quotasDigest, `published ${c.quotasDigest}, computed ${qd}`);
	const { hash, ...base } = c;
	const h = sha256(canonicalJson(base));
	check('commitment hash', h === hash, `published ${hash}, computed ${h}`);
	const ld = lotteryDigest(lottery);
	check(
		'panel list digest',
		ld === c.lotteryDigest && lottery.length === c.panels,
		`published ${c.lotteryDigest} (${c.panels} panels), computed ${ld} (${lottery.length} panels)`
	);
	const problems = checkPanels(pool, quotas, c, lottery);
	check(
		'every panel meets the quotas and the household rule',
		problems.length === 0,
		problems.length ? problems.slice(0, 10).join('; ') : `${lottery.length} panels checked`
	);
	if (reveal) {
		const index = lotteryIndex(c.hash, reveal.seed, lottery.length);
		const panel = [...c.kept, ...(lottery[index] ?? [])].sort();
		check(
			'seed picks the revealed panel',
			reveal.commitmentHash === c.hash &&
				index === reveal.index &&
				canonicalJson(panel) === canonicalJson([...reveal.panel].sort()),
			`seed ${JSON.stringify(reveal.seed)} → index ${index} (revealed ${reveal.index})`
		);
	}
	if (solver) {
		const again = await drawPanel(
			pool,
			quotas,
			solver,
			{ ...options, panels: c.panels },
			c.kind === 'replacement' ? { kept: c.kept, dropouts: c.dropouts } : undefined
		);
		const same = again.status === 'committed' && again.commitment.hash === c.hash;
		check(
			're-run reproduces the commitment',
			same,
			again.status === 'committed'
				? `re-run commitment ${again.commitment.hash}`
				: `re-run ended ${again.status}`
		);
	}
	return { ok: checks.every((x) => x.ok), checks };
}
