import { describe, expect, it } from 'vitest';
import { attribution } from './attribution';
import { fact, factFile, with_ } from './fixtures';

// The deck writes "human rights" in lower case somewhere: a capital on "Human" is sentence case.
const file = {
	...factFile([fact('h', 'human rights', 'concept')]),
	documents: [
		{
			id: 'doc',
			file: 'doc.txt',
			title: 'The release of 52 political prisoners',
			summary: 'A document.'
		}
	]
};
const assessment = (by: string, question: string) =>
	with_(fact('a', 'skeptical', 'concept'), { status: { kind: 'assessment', by }, question });

describe('attribution', () => {
	const a = attribution(file);

	it('prefixes an assessment’s prompt with the document', () => {
		expect(
			a.prompt(assessment('human rights groups', 'What do they remain?'), 'What do they remain?')
		).toBe(
			'According to the document on the release of 52 political prisoners, what do they remain?'
		);
	});

	it('leaves a prompt that already attributes, and every reported fact, alone', () => {
		const q = 'According to the document, what do rights groups remain?';
		expect(a.prompt(assessment('human rights groups', q), q)).toBe(q);
		expect(a.prompt(fact('r', '52', 'count'), 'How many?')).toBe('How many?');
		expect(a.statement(fact('r', '52', 'count'), 'The 52 were freed.')).toBe('The 52 were freed.');
	});

	it('says whose view a statement is when the sentence does not', () => {
		expect(
			a.statement(assessment('human rights groups', 'q'), 'Human rights groups remain skeptical.')
		).toBe('Human rights groups remain skeptical.');
		expect(a.statement(assessment('international leaders', 'q'), 'Many have urged reform.')).toBe(
			'According to international leaders, many have urged reform.'
		);
	});

	it('names a document by a title that does not say the answer, or not at all', () => {
		const titled = attribution({
			...file,
			documents: [
				{
					...file.documents[0]!,
					altTitles: ['The release of prisoners after an appeal', 'The appeal of 52']
				}
			]
		});
		const f = fact('r', '52', 'count');
		expect(titled.documentPhrase(f)).toBe('the document on the release of 52 political prisoners');
		expect(titled.documentPhrase(f, ['52'])).toBe(
			'the document on the release of prisoners after an appeal'
		);
		expect(titled.documentPhrase(f, ['52', 'an appeal'])).toBeUndefined();
		// Words, not letters: "5" is not in "52".
		expect(a.documentPhrase(f, ['5', 'political prisoner'])).toBe(
			'the document on the release of 52 political prisoners'
		);
		expect(a.documentPhrase(f, ['Political  prisoners!'])).toBeUndefined();
	});

	it('lower-cases sentence case, never a name or an acronym', () => {
		expect(a.lowerFirst('However, the structure remains.')).toBe('however, the structure remains.');
		expect(a.lowerFirst('The release')).toBe('the release');
		expect(a.lowerFirst('Belarusian protests grew.')).toBe('Belarusian protests grew.');
		expect(a.lowerFirst('US sanctions')).toBe('US sanctions');
	});
});
