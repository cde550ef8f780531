import { describe, expect, it } from 'vitest';
import { context } from './context';
import { fact, factFile, with_ } from './fixtures';
import { MAX_STEPS, timelineItems } from './timeline';
import type { Fact } from '../facts/schema';

const year = (id: string, value: string, label?: string, extra: Partial<Fact> = {}) =>
	with_(fact(id, value, 'year', `subject ${id}`, 'year'), {
		...(label ? { label } : {}),
		...extra
	});
const run = (facts: Fact[], seed = 's') => timelineItems(context(factFile(facts), seed));

describe('timeline', () => {
	it('orders dated facts earliest first, labelled, one step per year', () => {
		const [t, ...rest] = run([
			year('e', '2020', 'Disputed election'),
			year('i', '1991', 'Independence'),
			year('l', '1994', 'Lukashenko comes to power'),
			year('p', '2020', undefined, { note: 'Second source for 2020.' })
		]);
		expect(rest).toEqual([]);
		expect(t?.events).toEqual([
			{ label: 'Independence', when: '1991', factId: 'i' },
			{ label: 'Lukashenko comes to power', when: '1994', factId: 'l' },
			{ label: 'Disputed election', when: '2020', factId: 'e' }
		]);
		expect(t?.answer).toBe(
			'1991: Independence → 1994: Lukashenko comes to power → 2020: Disputed election'
		);
	});

	it('uses the subject when a fact has no label', () => {
		const [t] = run([year('a', '1991'), year('b', '1994'), year('c', '2020')]);
		expect(t?.events.map((e) => e.label)).toEqual(['subject a', 'subject b', 'subject c']);
	});

	it('needs three steps, and never shows them already in order', () => {
		expect(run([year('a', '1991'), year('b', '1994')])).toEqual([]);
		for (let seed = 0; seed < 40; seed++) {
			const [t] = run([year('a', '1991'), year('b', '1994'), year('c', '2020')], String(seed));
			expect(t?.shuffled.every((e, i) => e === i)).toBe(false);
			expect([...(t?.shuffled ?? [])].sort()).toEqual([0, 1, 2]);
		}
	});

	it('puts an event dated only "after" the latest year last, and only then', () => {
		const after = with_(fact('rel', '2020', 'year', 'the releases', 'came after the election of'), {
			label: 'the releases of political prisoners'
		});
		const [t] = run([year('a', '1991'), year('b', '1994'), year('c', '2020'), after]);
		expect(t?.events.at(-1)).toEqual({
			label: 'the releases of political prisoners',
			when: 'after 2020',
			factId: 'rel'
		});
		// "after 1994" could fall before or after 2020: left out.
		const early = with_(after, { claim: { ...after.claim, value: '1994' } });
		const [u] = run([year('a', '1991'), year('b', '1994'), year('c', '2020'), early]);
		expect(u?.events.map((e) => e.factId)).toEqual(['a', 'b', 'c']);
	});

	it('deals many years round several items of 3–6, each spanning the range', () => {
		const facts = Array.from({ length: 14 }, (_, i) => year(`y${i}`, String(1950 + 5 * i)));
		const items = run(facts);
		expect(items).toHaveLength(3);
		for (const t of items) {
			expect(t.events.length).toBeGreaterThanOrEqual(3);
			expect(t.events.length).toBeLessThanOrEqual(MAX_STEPS);
			const years = t.events.map((e) => Number(e.when));
			expect(years).toEqual([...years].sort((a, b) => a - b));
		}
	});

	it('leaves out assessments', () => {
		const guess = with_(year('g', '2030'), { status: { kind: 'assessment', by: 'the document' } });
		const [t] = run([year('a', '1991'), year('b', '1994'), year('c', '2020'), guess]);
		expect(t?.factIds).toEqual(['a', 'b', 'c']);
	});
});
