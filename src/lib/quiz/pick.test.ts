import { describe, expect, it } from 'vitest';
import { pickQuestions } from './pick';

const pool = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}` }));

describe('pickQuestions', () => {
	it('takes ten distinct questions from the pool, the same for the same seed', () => {
		const a = pickQuestions(pool, 'seed-1');
		expect(a).toHaveLength(10);
		expect(new Set(a.map((q) => q.id)).size).toBe(10);
		expect(pickQuestions(pool, 'seed-1')).toEqual(a);
		expect(pickQuestions(pool, 'seed-2')).not.toEqual(a);
	});

	it('takes the whole pool when it is smaller than the quiz', () => {
		expect(pickQuestions(pool.slice(0, 4), 's')).toHaveLength(4);
	});
});
