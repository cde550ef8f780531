import { describe, expect, it } from 'vitest';
import { findSlot, mentionChecker, replaceSlot, standsAlone } from './wording';

describe('findSlot', () => {
	it('finds the value once, as whole words, case aside', () => {
		expect(findSlot('The release of 123 prisoners.', '123')).toEqual({
			before: 'The release of ',
			match: '123',
			after: ' prisoners.'
		});
		expect(findSlot('Potash was the price.', 'potash')?.match).toBe('Potash');
	});

	it('refuses a value that is absent, only part of a word, or there twice', () => {
		expect(findSlot('The release of 1234 prisoners.', '123')).toBeUndefined();
		expect(findSlot('Sanctions on potash.', 'pot')).toBeUndefined();
		expect(findSlot('52 were freed; 52 in all.', '52')).toBeUndefined();
		expect(findSlot('Nothing here.', 'Trump')).toBeUndefined();
	});
});

describe('replaceSlot', () => {
	it('keeps a capital at the start of the sentence', () => {
		const slot = findSlot('Potash was the price.', 'potash');
		expect(slot && replaceSlot(slot, 'timber')).toBe('Timber was the price.');
		const inner = findSlot('The price was potash.', 'potash');
		expect(inner && replaceSlot(inner, 'timber')).toBe('The price was timber.');
	});
});

describe('mentionChecker', () => {
	const mentions = mentionChecker('Who facilitated talks with Lukashenko about the U.S. deal?');

	it('finds whole words, and a person by surname', () => {
		expect(mentions('Alexander Lukashenko', 'person')).toBe(true);
		expect(mentions('Alexander Lukashenko', 'concept')).toBe(false);
		expect(mentions('talks')).toBe(true);
		expect(mentions('talk')).toBe(false);
		expect(mentions('John Coale', 'person')).toBe(false);
	});
});

describe('standsAlone', () => {
	it('refuses sentences that lean on the one before', () => {
		expect(standsAlone('They may also serve as a bargaining chip.')).toBe(false);
		expect(standsAlone('His administration made appeals.')).toBe(false);
		expect(standsAlone('This sparked mass protests.')).toBe(false);
		expect(standsAlone('Theirs is a long story.')).toBe(true);
		expect(standsAlone('The US lifted sanctions.')).toBe(true);
	});
});
