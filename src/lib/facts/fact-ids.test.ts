/**
 * Fact ids are forever: a learner's progress is keyed by them. `src/content/fact-ids.lock.json`
 * lists every id ever published; an id may leave the fact file only by moving to `retired` (with
 * a reason), and a new fact's id must be added to the lock by hand, so neither happens by
 * accident.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFactFile } from './parse';

const read = (name: string) =>
	JSON.parse(readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8')) as unknown;

const lock = read('fact-ids.lock.json') as string[];
const parsed = parseFactFile(read('facts.json'));
if (!parsed.ok) throw new Error(`fact file is invalid: ${JSON.stringify(parsed.problems)}`);
const file = parsed.file;
const live = new Set(file.facts.map((f) => f.id));
const retired = new Set(file.retired.map((r) => r.id));

describe('fact id lock', () => {
	it('is a sorted list of distinct ids', () => {
		expect(Array.isArray(lock) && lock.every((id) => typeof id === 'string')).toBe(true);
		expect(lock).toEqual([...new Set(lock)].sort());
	});

	it('keeps every published id: each is a current fact or retired with a reason', () => {
		const lost = lock.filter((id) => !live.has(id) && !retired.has(id));
		expect(lost, 'ids that disappeared without being retired').toEqual([]);
	});

	it('holds every current fact id (add a new fact to the lock when you publish it)', () => {
		expect(file.facts.map((f) => f.id).filter((id) => !lock.includes(id))).toEqual([]);
	});

	it('holds every retired id, since only a published id can be retired', () => {
		expect(file.retired.map((r) => r.id).filter((id) => !lock.includes(id))).toEqual([]);
	});

	it('keeps every id of the first published version', () => {
		// The 45 ids of deck version 1: renaming any of them would orphan learners' progress.
		const first = [
			'authoritarianism-after-2020',
			'bialiatski-prize',
			'bialiatski-release-shift',
			'bialiatski-role',
			'coale-role',
			'election-2020-claimed-victory',
			'election-2020-criticized',
			'election-2020-mass-protests',
			'hr-groups-call-for',
			'hr-groups-skeptical',
			'independence-year',
			'intl-leaders-welcome',
			'kolesnikova-role',
			'lukashenko-office',
			'lukashenko-ruler',
			'lukashenko-since',
			'outlook-standing',
			'protests-2020-year',
			'r123-count',
			'r123-envoy',
			'r123-laureate',
			'r123-negotiations',
			'r123-opposition-leader',
			'r123-thaw',
			'r123-us-brokered',
			'r123-us-gave',
			'r52-appeal',
			'r52-appeals-to',
			'r52-count',
			'r52-dissidents',
			'r52-eu-staff',
			'r52-journalists',
			'r52-negotiations',
			'r52-opposed-whom',
			'r52-seen-as',
			'r52-thaw',
			'r52-us-aim',
			'russia-key-ally',
			'sanctions-bargaining-chip',
			'sanctions-economy-access',
			'sanctions-reason-policies',
			'sanctions-reason-russia',
			'sanctions-reason-ukraine',
			'soviet-past',
			'us-view-strategic-partner'
		];
		expect(first).toHaveLength(45);
		expect(first.filter((id) => !lock.includes(id))).toEqual([]);
	});
});
