import { Rating as FsrsRating, State as FsrsState } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { Rating, State } from './grades';

describe('grades without ts-fsrs', () => {
	it('uses ts-fsrs’s own numbers for every rating and state', () => {
		for (const [name, value] of Object.entries(Rating))
			expect(value, name).toBe(FsrsRating[name as keyof typeof FsrsRating]);
		for (const [name, value] of Object.entries(State))
			expect(value, name).toBe(FsrsState[name as keyof typeof FsrsState]);
		expect(Object.keys(Rating)).toHaveLength(
			Object.keys(FsrsRating).filter((k) => isNaN(Number(k))).length
		);
		expect(Object.keys(State)).toHaveLength(
			Object.keys(FsrsState).filter((k) => isNaN(Number(k))).length
		);
	});
});
