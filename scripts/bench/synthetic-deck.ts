/**
 * A synthetic fact file for the generation benchmark: 5,000 facts about ~200 subjects, spread
 * over every value type, with plausible values and a few hundred distractor-only values.
 * Deterministic (its own seeded PRNG), so every run times the same work.
 */
import type { InferInput } from 'valibot';
import {
	VALUE_TYPES,
	type FactFileSchema,
	type FactSchema,
	type ValueType
} from '../../src/lib/facts/schema';

/**
 * The schema's input types: optional fields may be left out and get their defaults when the
 * file is parsed, so this stays valid as format 1 grows by optional fields.
 */
type FactFileInput = InferInput<typeof FactFileSchema>;
type FactInput = InferInput<typeof FactSchema>;

/** mulberry32: tiny, fast and good enough to spread test data. */
function prng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
	const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
	return { next, int, pick };
}
type Prng = ReturnType<typeof prng>;

const FIRST = [
	'Ales',
	'Maria',
	'Siarhei',
	'Ihar',
	'Volha',
	'Maksim',
	'Sviatlana',
	'Pavel',
	'Nasta',
	'Andrei',
	'Tsikhan',
	'Iryna',
	'Viktar',
	'Yuliya',
	'Dzmitry',
	'Hanna',
	'John',
	'Emily',
	'Antony',
	'Ursula',
	'Kaja',
	'Josep',
	'Mikalai',
	'Raman',
	'Ksenia'
];
const LAST = [
	'Bialiatski',
	'Kolesnikova',
	'Tsikhanouski',
	'Losik',
	'Babaryka',
	'Znak',
	'Statkevich',
	'Ivanova',
	'Marozau',
	'Karpenka',
	'Sapega',
	'Protasevich',
	'Coale',
	'Kellogg',
	'Blinken',
	'Kallas',
	'Borrell',
	'Navumchyk',
	'Latushka',
	'Lazouskaya',
	'Hermanovich',
	'Dashkevich',
	'Shklyarau',
	'Novik',
	'Pazniak'
];
const ROLE_BASE = [
	'minister',
	'envoy',
	'ambassador',
	'spokesperson',
	'adviser',
	'secretary',
	'commissioner',
	'chairman',
	'director',
	'rapporteur',
	'editor',
	'coordinator'
];
const ROLE_QUALIFIER = [
	'foreign',
	'deputy',
	'special',
	'chief',
	'senior',
	'interior',
	'defence',
	'UN',
	'EU',
	'presidential'
];
const COUNTRIES = [
	'United States',
	'Belarus',
	'Russia',
	'Ukraine',
	'Poland',
	'Lithuania',
	'Latvia',
	'Estonia',
	'Germany',
	'France',
	'United Kingdom',
	'Italy',
	'Spain',
	'Sweden',
	'Norway',
	'Finland',
	'Denmark',
	'Netherlands',
	'Belgium',
	'Austria',
	'Switzerland',
	'Czech Republic',
	'Slovakia',
	'Hungary',
	'Romania',
	'Moldova',
	'Georgia',
	'Armenia',
	'Azerbaijan',
	'Kazakhstan',
	'China',
	'Japan',
	'Turkey',
	'Canada',
	'Ireland',
	'Portugal',
	'Greece',
	'Bulgaria',
	'Serbia',
	'Croatia'
];
const COMMODITIES = [
	'potash',
	'oil',
	'natural gas',
	'fertilizer',
	'timber',
	'steel',
	'tobacco',
	'petroleum products',
	'dairy products',
	'tractors',
	'trucks',
	'aircraft parts',
	'machinery',
	'grain',
	'sugar',
	'beef',
	'flax',
	'furniture',
	'cement',
	'glass',
	'tyres',
	'nitrogen',
	'electricity',
	'peat'
];
const ORG_BASE = [
	'Human Rights Centre',
	'Committee',
	'Foundation',
	'Union of Journalists',
	'Council',
	'Commission',
	'Observatory',
	'Association',
	'Institute',
	'Watch'
];
const ORG_PLACE = [
	'Viasna',
	'Minsk',
	'Belarusian',
	'European',
	'Baltic',
	'Helsinki',
	'International',
	'Eastern',
	'Vilnius',
	'Warsaw',
	'Nordic',
	'Atlantic'
];
const GROUP_BASE = [
	'journalists',
	'students',
	'lawyers',
	'dissidents',
	'opposition politicians',
	'bloggers',
	'trade unionists',
	'priests',
	'doctors',
	'teachers',
	'artists',
	'musicians',
	'athletes',
	'pensioners',
	'factory workers',
	'election observers',
	'human rights defenders',
	'foreign nationals',
	'EU staff members',
	'volunteers'
];
const GROUP_QUALIFIER = ['independent', 'exiled', 'jailed', 'young', 'foreign', 'local'];
const CONCEPT_ADJ = [
	'diplomatic',
	'economic',
	'political',
	'humanitarian',
	'strategic',
	'symbolic',
	'pragmatic',
	'repressive',
	'cautious',
	'gradual',
	'partial',
	'unconditional',
	'temporary',
	'lasting',
	'bilateral',
	'regional',
	'personal',
	'public',
	'secret',
	'legal'
];
const CONCEPT_NOUN = [
	'thaw',
	'gesture',
	'pressure',
	'isolation',
	'bargaining chip',
	'concession',
	'rapprochement',
	'crackdown',
	'engagement',
	'leverage',
	'dialogue',
	'policy',
	'signal',
	'deal',
	'setback',
	'reform',
	'dependence',
	'campaign',
	'compromise',
	'goodwill'
];

const RELATIONS: Record<ValueType, string[]> = {
	count: [
		'number of political prisoners released',
		'number of people detained',
		'number of days it took',
		'number of countries involved'
	],
	year: [
		'year it began',
		'year it ended',
		'year it was first reported',
		'year of the related election'
	],
	person: [
		'person who announced it',
		'person who negotiated it',
		'person it was attributed to',
		'person who criticised it'
	],
	role: [
		'role of the official who announced it',
		'role of the negotiator',
		'role of the critic',
		'role of the person released'
	],
	country: [
		'country that mediated',
		'country that imposed sanctions',
		'country that welcomed it',
		'country that hosted the talks'
	],
	commodity: [
		'commodity whose sanctions were lifted',
		'main export affected',
		'commodity named in the deal',
		'commodity transported'
	],
	organization: [
		'organization that documented it',
		'organization that condemned it',
		'organization that monitored it',
		'organization that funded it'
	],
	group: [
		'group most affected',
		'group that was released',
		'group that protested',
		'group named in the report'
	],
	concept: [
		'kind of policy it reflected',
		'what observers called it',
		'what it was described as',
		'kind of relations it signalled'
	]
};

/** How often each type appears: concepts are the most common, as in the real deck. */
const TYPE_WEIGHTS: Record<ValueType, number> = {
	count: 10,
	year: 10,
	person: 14,
	role: 10,
	country: 10,
	commodity: 6,
	organization: 10,
	group: 10,
	concept: 20
};

function value(type: ValueType, r: Prng): string {
	switch (type) {
		case 'count':
			return String(r.int(2, 600));
		case 'year':
			return String(r.int(1950, 2025));
		case 'person':
			return `${r.pick(FIRST)} ${r.pick(LAST)}`;
		case 'role':
			return `${r.pick(ROLE_QUALIFIER)} ${r.pick(ROLE_BASE)}`;
		case 'country':
			return r.pick(COUNTRIES);
		case 'commodity':
			return r.pick(COMMODITIES);
		case 'organization':
			return `${r.pick(ORG_PLACE)} ${r.pick(ORG_BASE)}`;
		case 'group':
			return `${r.pick(GROUP_QUALIFIER)} ${r.pick(GROUP_BASE)}`;
		case 'concept':
			return `${r.pick(CONCEPT_ADJ)} ${r.pick(CONCEPT_NOUN)}`;
	}
}

function weightedType(r: Prng): ValueType {
	const total = VALUE_TYPES.reduce((sum, t) => sum + TYPE_WEIGHTS[t], 0);
	let x = r.next() * total;
	for (const t of VALUE_TYPES) {
		x -= TYPE_WEIGHTS[t];
		if (x < 0) return t;
	}
	return 'concept';
}

/** 200 distinct subjects: 10 kinds of event × 20 numbered occasions. */
function subjects(): string[] {
	const kinds = [
		'the release of political prisoners',
		'the sanctions package',
		'the round of talks',
		'the prisoner exchange',
		'the presidential election',
		'the protest wave',
		'the trial',
		'the envoy visit',
		'the UN resolution',
		'the border closure'
	];
	return kinds.flatMap((kind) => Array.from({ length: 20 }, (_, i) => `${kind} no. ${i + 1}`));
}

export function syntheticFactFile(
	factCount = 5000,
	distractorCount = 300,
	seed = 42
): FactFileInput {
	const r = prng(seed);
	const subjectList = subjects();
	const topics = [
		'releases',
		'people',
		'history',
		'sanctions',
		'diplomacy',
		'reactions',
		'outlook',
		'economy'
	];
	const documents = Array.from({ length: 10 }, (_, i) => ({
		id: `doc-${i}`,
		file: `doc-${i}.txt`,
		title: `Synthetic document ${i}`,
		summary: `Synthetic source document number ${i} for the benchmark.`
	}));
	const events = Array.from({ length: 20 }, (_, i) => ({
		id: `event-${i}`,
		name: `synthetic event ${i}`,
		documentId: `doc-${i % documents.length}`
	}));

	const facts: FactInput[] = Array.from({ length: factCount }, (_, i) => {
		const type = weightedType(r);
		const subject = subjectList[i % subjectList.length] as string;
		const relation = r.pick(RELATIONS[type]);
		const v = value(type, r);
		const fact: FactInput = {
			id: `f-${i}`,
			topic: r.pick(topics),
			event: r.next() < 0.7 ? `event-${r.int(0, events.length - 1)}` : null,
			claim: { subject, relation, value: v, type },
			question: `Regarding ${subject}, what was the ${relation}?`,
			status: r.next() < 0.85 ? { kind: 'reported' } : { kind: 'assessment', by: 'an analyst' },
			source: {
				documentId: `doc-${i % documents.length}`,
				quote: `For ${subject}, the ${relation} was ${v}.`
			}
		};
		if (r.next() < 0.1) fact.note = 'The document is imprecise here.';
		if (r.next() < 0.5) fact.label = `${subject}: ${relation}`;
		return fact;
	});

	const choiceTypes = VALUE_TYPES.filter((t) => t !== 'concept');
	const distractors = Array.from({ length: distractorCount }, () => {
		const type = r.pick(choiceTypes);
		return { type, value: value(type, r) };
	});

	return {
		format: 1,
		deck: { id: 'synthetic', title: 'Synthetic benchmark deck', version: 1 },
		documents,
		events,
		topics: topics.map((id) => ({ id, label: id })),
		facts,
		distractors
	};
}

/**
 * The worst shape for wrong options: `factCount` counts that all share one relation, so every
 * other value is a trap, fair only where the wording names the event (the largest file the
 * import allows is 10,000 facts).
 */
export function oneRelationFactFile(factCount = 10_000): FactFileInput {
	const base = syntheticFactFile(1, 0);
	return {
		...base,
		facts: Array.from({ length: factCount }, (_, i) => ({
			...base.facts[0],
			id: `one-${i}`,
			event: null,
			claim: {
				subject: `event ${i}`,
				relation: 'number released',
				value: String(1000 + i),
				type: 'count'
			},
			question: `How many were released in event ${i}?`,
			notDistractors: undefined
		}))
	} as FactFileInput;
}
