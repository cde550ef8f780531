import { expect, it } from 'vitest';
import { MAX_TYPED } from '$lib/items/response';
import { textResponse } from './text';

it('a typed answer longer than a result code carries is cut, so the attempt can still be submitted', () => {
	const long = 'x'.repeat(MAX_TYPED + 50);
	expect(textResponse(long, false)).toEqual({ kind: 'text', value: 'x'.repeat(MAX_TYPED) });
	expect(textResponse('52', true)).toEqual({ kind: 'text', value: '52', countAlmost: true });
});
