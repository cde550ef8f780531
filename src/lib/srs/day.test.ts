import { describe, expect, it } from 'vitest';
import { endOfDay, startOfDay } from './day';

describe('day boundaries', () => {
	it('spans the local day of the given moment', () => {
		const now = new Date(2026, 2, 10, 15, 30);
		expect(startOfDay(now)).toEqual(new Date(2026, 2, 10, 0, 0, 0, 0));
		expect(endOfDay(now)).toEqual(new Date(2026, 2, 10, 23, 59, 59, 999));
		expect(now).toEqual(new Date(2026, 2, 10, 15, 30));
	});
});
