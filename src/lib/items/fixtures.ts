/** Small synthetic fact files for tests: explicit, so each test shows the trap it sets. */
import type { Fact, FactFile, ValueType } from '../facts/schema';

export function fact(
	id: string,
	value: string,
	type: ValueType,
	subject = `subject of ${id}`,
	relation = 'relation'
): Fact {
	return {
		id,
		topic: 't',
		event: null,
		claim: { subject, relation, value, type },
		question: `Question about ${id}?`,
		status: { kind: 'reported' },
		source: { documentId: 'doc', quote: `Sentence stating ${value}.` }
	};
}

export function factFile(facts: Fact[], distractors: FactFile['distractors'] = []): FactFile {
	return {
		format: 1,
		deck: { id: 'test', title: 'Test deck', version: 1 },
		documents: [{ id: 'doc', file: 'doc.txt', title: 'Doc', summary: 'A document.' }],
		events: [],
		topics: [{ id: 't', label: 'Topic' }],
		facts,
		distractors,
		untestable: [],
		retired: []
	};
}

/** A fact with some fields changed: `with_(fact(...), { event: 'release-52', note: '…' })`. */
export const with_ = (base: Fact, changes: Partial<Fact>): Fact => ({ ...base, ...changes });

/** Two events, as in the built-in deck: each release its own event, named by its number. */
export const RELEASE_EVENTS: FactFile['events'] = [
	{
		id: 'release-52',
		name: 'the release of 52 political prisoners after an appeal from Donald Trump',
		documentId: 'doc'
	},
	{
		id: 'release-123',
		name: 'the release of 123 political prisoners in exchange for the US lifting sanctions on potash',
		documentId: 'doc'
	}
];

/**
 * A small deck with the traps of the real one: two releases sharing the relation "number
 * released", two released people of one release, and assessments.
 */
export function releaseFile(): FactFile {
	const count = (id: string, value: string, event: string, question: string, quote: string) =>
		with_(
			fact(id, value, 'count', `the release (${event})`, 'number of political prisoners released'),
			{
				event,
				question,
				source: { documentId: 'doc', quote }
			}
		);
	const released = (id: string, value: string, relation: string, question: string) =>
		with_(fact(id, value, 'person', 'the 123 prisoners released for potash', relation), {
			event: 'release-123',
			question,
			source: {
				documentId: 'doc',
				quote: `Among the 123 prisoners released was ${value}, who is well known.`
			}
		});
	return {
		...factFile(
			[
				count(
					'r52',
					'52',
					'release-52',
					'How many political prisoners were released after an appeal from Donald Trump?',
					'The release of 52 political prisoners followed an appeal from Donald Trump.'
				),
				count(
					'r123',
					'123',
					'release-123',
					'How many political prisoners were released in exchange for lifting sanctions on potash?',
					'The US lifted sanctions on potash in exchange for the release of 123 political prisoners.'
				),
				count(
					'unnamed',
					'80',
					'release-123',
					'How many political prisoners were released?',
					'In all, 80 political prisoners were released.'
				),
				released(
					'laureate',
					'Ales Bialiatski',
					'included this Nobel Peace Prize laureate',
					'Which Nobel Peace Prize laureate was among the 123 released for potash?'
				),
				released(
					'leader',
					'Maria Kolesnikova',
					'included this opposition leader',
					'Which opposition leader was among the 123 released for potash?'
				),
				fact('envoy', 'John Coale', 'person', 'the potash deal', 'envoy'),
				fact('ruler', 'Alexander Lukashenko', 'person', 'Belarus since 1994', 'ruled by')
			],
			[
				{ type: 'count', value: '75' },
				{ type: 'count', value: '150' },
				{ type: 'count', value: '200' },
				{ type: 'count', value: '300' },
				{ type: 'person', value: 'Sviatlana Tsikhanouskaya' },
				{ type: 'person', value: 'Ihar Losik' }
			]
		),
		events: RELEASE_EVENTS
	};
}
