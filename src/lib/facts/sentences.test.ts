import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, uncoveredSentences } from './sentences';

const texts = (source: string) => splitSentences(source).map((s) => s.text);

describe('splitSentences', () => {
	it('splits at a period, question or exclamation mark followed by a capital', () => {
		expect(texts('One fact. Two facts? Three facts! 4 is a digit.')).toEqual([
			'One fact.',
			'Two facts?',
			'Three facts!',
			'4 is a digit.'
		]);
	});

	it('does not end a sentence at "U.S." or other initialisms inside it', () => {
		expect(texts('The U.S. aimed to ease tensions. Historically, the U.S. has viewed it.')).toEqual(
			['The U.S. aimed to ease tensions.', 'Historically, the U.S. has viewed it.']
		);
		expect(texts('The U.S. Treasury lifted them. The U.K. Foreign Office did not.')).toEqual([
			'The U.S. Treasury lifted them.',
			'The U.K. Foreign Office did not.'
		]);
	});

	it('ends a sentence at an initialism that ends its line', () => {
		expect(texts('Belarus wants ties with the U.S.\nThe EU waits.')).toEqual([
			'Belarus wants ties with the U.S.',
			'The EU waits.'
		]);
	});

	it('keeps hyphens, apostrophes and decimals inside a sentence', () => {
		expect(
			texts("U.S.-Belarus relations improved. Belarus's potash is worth 2.5 billion. Next one.")
		).toEqual([
			'U.S.-Belarus relations improved.',
			"Belarus's potash is worth 2.5 billion.",
			'Next one.'
		]);
	});

	it('does not end a sentence after a title or a middle initial', () => {
		expect(texts('Mr. Coale met Dr. Smith. John F. Kennedy was not there.')).toEqual([
			'Mr. Coale met Dr. Smith.',
			'John F. Kennedy was not there.'
		]);
	});

	it('keeps a lower-case continuation after an abbreviation or an ellipsis', () => {
		expect(texts('Exports, e.g. potash, fell... then rose. Then fell.')).toEqual([
			'Exports, e.g. potash, fell... then rose.',
			'Then fell.'
		]);
	});

	it('keeps closing quotes and brackets with the sentence they close', () => {
		expect(texts('He said "it is a step." Others disagreed. (They were wary.) Fine.')).toEqual([
			'He said "it is a step."',
			'Others disagreed.',
			'(They were wary.)',
			'Fine.'
		]);
	});

	it('ends a sentence at every line break, with or without a period', () => {
		expect(texts('A heading\r\nFirst line.\n\n  Second line  \n')).toEqual([
			'A heading',
			'First line.',
			'Second line'
		]);
	});

	it('returns nothing for empty or blank text', () => {
		expect(splitSentences('')).toEqual([]);
		expect(splitSentences(' \n\t \n')).toEqual([]);
	});

	it('gives offsets that slice the sentence out of the source', () => {
		const source = '  First one. Second one?\nThird.';
		for (const s of splitSentences(source)) expect(source.slice(s.start, s.end)).toBe(s.text);
	});

	it('partitions any text: every non-space character in exactly one sentence, in order', () => {
		const words = fc.constantFrom(
			'Belarus',
			'the',
			'U.S.',
			'U.S.-Belarus',
			"Belarus's",
			'52',
			'2.5',
			'Mr.',
			'F.',
			'e.g.',
			'end.',
			'why?',
			'"quote."',
			'...',
			'\n',
			'  '
		);
		fc.assert(
			fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
				const source = parts.join(' ');
				const sentences = splitSentences(source);
				let last = 0;
				for (const s of sentences) {
					expect(s.start).toBeGreaterThanOrEqual(last);
					expect(s.text).toBe(source.slice(s.start, s.end));
					expect(s.text).toBe(s.text.trim());
					expect(s.text.length).toBeGreaterThan(0);
					expect(source.slice(last, s.start).trim()).toBe('');
					last = s.end;
				}
				expect(source.slice(last).trim()).toBe('');
			})
		);
	});

	it('is fast on a large text', () => {
		const source = 'The U.S. and Belarus talked. Mr. Coale went to Minsk! '.repeat(10_000);
		const started = performance.now();
		expect(splitSentences(source)).toHaveLength(20_000);
		expect(performance.now() - started).toBeLessThan(1_000);
	});
});

describe('uncoveredSentences', () => {
	const file = {
		documents: [
			{ id: 'a', file: 'a.txt', title: 'A', summary: 'A.' },
			{ id: 'b', file: 'b.txt', title: 'B', summary: 'B.' }
		],
		facts: [
			{ source: { documentId: 'a', quote: 'released 52' } },
			{ source: { documentId: 'b', quote: 'It rained.' } }
		],
		untestable: [{ documentId: 'a', quote: 'It may improve.', reason: 'speculation' }]
	} as unknown as Parameters<typeof uncoveredSentences>[0];

	it('lists the sentences no fact quotes and no untestable entry lists, per document', () => {
		const result = uncoveredSentences(file, {
			a: 'They released 52 prisoners. It may improve. Nobody knows why.',
			b: 'It rained. It may improve.'
		});
		expect(result.map((u) => [u.documentId, u.sentence.text])).toEqual([
			['a', 'Nobody knows why.'],
			['b', 'It may improve.']
		]);
	});

	it('skips documents without text, whatever their id', () => {
		const hostile = { ...file, documents: [{ ...file.documents[0], id: 'constructor' }] };
		expect(uncoveredSentences(hostile as typeof file, {})).toEqual([]);
	});
});
