import { describe, expect, it } from 'vitest';
import { indexEventNaming } from './event-naming';
import { RELEASE_EVENTS } from './fixtures';

const naming = indexEventNaming(RELEASE_EVENTS);

describe('indexEventNaming', () => {
	it('knows a release by its number', () => {
		expect(naming.named('Who negotiated the release of 123 prisoners?')).toEqual(['release-123']);
		expect(naming.names('Among the 52 released were journalists.', 'release-52')).toBe(true);
	});

	it('knows a release by two of its defining details, singular or plural', () => {
		expect(
			naming.names('How many were freed after an appeal from Donald Trump?', 'release-52')
		).toBe(true);
		expect(
			naming.names('How many were freed when the US lifted a sanction on potash?', 'release-123')
		).toBe(true);
	});

	it('does not take one shared or passing word for a name', () => {
		// "political prisoners" is in both names; "Trump" alone is one detail of two needed.
		expect(naming.named('How many political prisoners were released?')).toEqual([]);
		expect(naming.named("Who was the Trump administration's envoy?")).toEqual([]);
	});

	it('names neither event when a text names both', () => {
		const both = 'Unlike the 52 freed after an appeal, the 123 were freed for potash.';
		expect(naming.named(both)).toEqual(['release-52', 'release-123']);
		expect(naming.names(both, 'release-52')).toBe(false);
		expect(naming.names(both, 'release-123')).toBe(false);
	});

	it('never says a background fact (no event) is named', () => {
		expect(naming.names('The release of 52 prisoners.', null)).toBe(false);
		expect(naming.names('The release of 52 prisoners.', 'no-such-event')).toBe(false);
	});

	it('reads texts with accents and Cyrillic too', () => {
		expect(naming.names('Вызвалілі 52 палітвязні — après l’appel.', 'release-52')).toBe(true);
	});
});
