import { describe, expect, it } from 'vitest';
import { balancedSlots } from './balance';

const counts = (slots: number[], size: number) =>
	Array.from({ length: size }, (_, v) => slots.filter((s) => s === v).length);

describe('balancedSlots', () => {
	it('gives every value equally often, within one, for any length', () => {
		for (let n = 0; n < 60; n++) {
			const c = counts(balancedSlots(n, 4, 'seed', 'mcq'), 4);
			expect(Math.max(...c) - Math.min(...c), `n = ${n}`).toBeLessThanOrEqual(1);
			expect(c.reduce((a, b) => a + b, 0)).toBe(n);
		}
	});

	it('is deterministic, varies with seed and salt, and keeps its prefix as it grows', () => {
		const a = balancedSlots(40, 4, 's', 'mcq');
		expect(balancedSlots(40, 4, 's', 'mcq')).toEqual(a);
		expect(balancedSlots(40, 4, 't', 'mcq')).not.toEqual(a);
		expect(balancedSlots(40, 4, 's', 'cloze')).not.toEqual(a);
		expect(balancedSlots(44, 4, 's', 'mcq').slice(0, 40)).toEqual(a);
	});

	it('does not repeat one pattern in every block', () => {
		const slots = balancedSlots(400, 4, 'seed', 'mcq');
		const blocks = new Set(
			Array.from({ length: 100 }, (_, b) => slots.slice(4 * b, 4 * b + 4).join())
		);
		expect(blocks.size).toBeGreaterThan(10);
	});
});
