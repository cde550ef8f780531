/**
 * The learner's memory of the deck, shared by study and quiz: card states in memory, mirrored to
 * storage. A grade updates memory at once and is written in the background; a write that fails
 * stays queued in this tab and is retried (with the next grade, and on a timer that backs off),
 * and leaving the page asks first while one is queued, so no review is dropped silently.
 * An assignment's answer also stores the review it owes (`pending:` keys), and the learner,
 * once loaded on any page, writes those left behind by a tab closed in between.
 */
import { SvelteMap } from 'svelte/reactivity';
import { Rating, State, type Card, type Grade } from '../srs/grades';
import { Progress, type Review, type StorageMode } from '../storage/progress';
import { NewerDataError } from '../storage/schema';
import { startOfDay, startOfNextDay } from '../srs/day';
import { count } from '../count';
import { markPersonal } from './personal';
import { nextTask } from './next-task';

/**
 * A grade given (or taken back: `undone`) in another tab of the app, so this tab builds on it
 * rather than overwrite it. `after` is the card now; null when an undone grade was its first.
 */
interface GradeElsewhere {
	itemId: string;
	after: Card | null;
	wasNew: boolean;
	/** When the grade was given (epoch ms): one of an earlier day is not today's. */
	at?: number;
	undone?: true;
	/** Sent by earlier versions (a tab not yet updated): a new state for a grade already told. */
	restated?: true;
}
const CHANNEL = 'belarus-study:grades';

function isGradeElsewhere(data: unknown): data is GradeElsewhere {
	const d = data as Partial<GradeElsewhere> | null;
	return (
		typeof d?.itemId === 'string' &&
		typeof d.wasNew === 'boolean' &&
		(d.at === undefined || typeof d.at === 'number') &&
		(d.undone === undefined || d.undone === true) &&
		((d.after === null && d.undone === true) ||
			(d.after?.due instanceof Date && typeof d.after.state === 'number'))
	);
}

/** How many study grades in a row Undo can take back. */
const UNDO_LIMIT = 50;

/** Why a grade could not be taken back. */
export type UndoRefusal = 'nothing' | 'changed' | 'not-saved' | 'newer-data';

/** The memory model (ts-fsrs), loaded alongside the saved progress rather than with the page. */
export type Scheduler = typeof import('../srs/scheduler');

/**
 * Did this review introduce a new card in study? Only those count toward the day's new cards
 * (as in Anki): a quiz or assignment answer is a review, but not a new card the learner chose
 * to take on, so a quiz never leaves fewer new flashcards for the day.
 */
const introducesNew = (r: { via: string; before?: { state: number } | null }) =>
	r.via === 'study' && (!r.before || r.before.state === State.New);

export class Learner {
	readonly cards: SvelteMap<string, Card>;
	readonly mode: StorageMode;
	readonly problems: string[];
	doneToday = $state(0);
	newSeenToday = $state(0);
	saveError = $state<string | undefined>();
	/** Schedules grades and previews intervals. */
	readonly scheduler: Scheduler;
	#progress: Progress;
	#pending: Review[] = [];
	/** The day (its start, epoch ms) today's counts are of. */
	#day = 0;
	/** When the next day starts: a review dated later (a clock set ahead) is not today's. */
	#dayEnd = 0;
	#isToday = (ms: number) => ms >= this.#day && ms < this.#dayEnd;
	/** The day `now` is in: today's counts are of it from now on. */
	#dayOf(now: Date) {
		this.#day = startOfDay(now).getTime();
		this.#dayEnd = startOfNextDay(now).getTime();
	}
	/** This tab's study grades, last one last: what Undo takes back (raw: compared by identity). */
	#undoable = $state.raw<Review[]>([]);
	#undoing: Promise<{ undone: Review } | { refused: UndoRefusal }> | undefined;
	#flushing: Promise<void> | undefined;
	/** Saves that failed in a row, and the timer that tries again. */
	#failures = 0;
	#retry: ReturnType<typeof setTimeout> | undefined;
	/** The stored pending reviews this tab has taken up (each is graded once here). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, not rendered
	#takenUp = new Set<string>();
	/** Counts the changes other tabs made (a grade, an undo, a restore), for pages to follow. */
	changedElsewhere = $state(0);
	/** Another tab changed the deck in use (loaded, chose or deleted one): this tab shows the old. */
	deckChangedElsewhere = $state(false);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read by takeChangedElsewhere, not rendered
	#changedIds = new Set<string>();

	/** The items other tabs graded or undid since the last call (a page following them). */
	takeChangedElsewhere(): Set<string> {
		const ids = this.#changedIds;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- as above
		this.#changedIds = new Set();
		return ids;
	}
	/** Other tabs of the app on this device: each tells the others of every grade. */
	#tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;

	private constructor(
		progress: Progress,
		cards: Map<string, Card> | undefined,
		scheduler: Scheduler
	) {
		this.#progress = progress;
		this.scheduler = scheduler;
		this.cards = new SvelteMap(cards);
		this.mode = progress.mode;
		this.problems = progress.problems;
		this.#tabs?.addEventListener('message', ({ data }: MessageEvent) => {
			if (isGradeElsewhere(data)) {
				this.#apply(data);
				this.#changedIds.add(data.itemId);
				this.changedElsewhere++;
			} else if ((data as { restored?: unknown } | null)?.restored === true)
				void this.reread().then(() => this.changedElsewhere++);
			else if ((data as { deck?: unknown } | null)?.deck === true) this.deckChangedElsewhere = true;
		});
	}

	/**
	 * Reads the cards and today's counts again from storage (a backup was restored in another
	 * tab). Grades given here since are kept: they are already stored, or stored next.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, not state
	async reread(now = new Date(), keepUndo?: (review: Review) => boolean): Promise<void> {
		this.#dayOf(now);
		// Not while a grade is being written: one written after the read began and taken off
		// #pending before it ended would be counted neither from storage nor from #pending.
		await this.#serially(async () => {
			const [cards, todays] = await Promise.all([
				this.#progress.loadCards(),
				this.#progress.reviewsSince(...today(now))
			]);
			for (const review of this.#pending) cards.set(review.itemId, review.after);
			this.cards.clear();
			for (const [id, card] of cards) this.cards.set(id, card);
			const pendingToday = this.#pending.filter((r) => this.#isToday(r.at.getTime()));
			this.doneToday = todays.length + pendingToday.length;
			this.newSeenToday = [...todays, ...pendingToday].filter(introducesNew).length;
			// Of every grade Undo holds now (also those given while this waited its turn).
			this.#undoable = keepUndo ? this.#undoable.filter(keepUndo) : [];
		});
	}

	/** Storage work that must not interleave with another's (a read of all, a write, an undo). */
	#serially<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#io.then(task);
		this.#io = run.catch(() => {});
		return run;
	}
	#io: Promise<unknown> = Promise.resolve();

	/**
	 * A new day since the counts were read (the app left open overnight): today's reviews and
	 * new cards start again from what is stored for the new day.
	 */
	rollover(now: Date): Promise<void> {
		// One reread for two calls at once (a page shown again fires pageshow and visibilitychange).
		if (startOfDay(now).getTime() !== this.#day) {
			// The last grades can still be taken back after 04:00, as before it: those whose card
			// is still as the grade left it (read again, so another object, which Undo compares).
			const same = (a: Card, b: Card) => a.reps === b.reps && +a.due === +b.due;
			const rolling = this.reread(now, (r) => {
				const card = this.cards.get(r.itemId);
				if (!card || !same(card, r.after)) return false;
				this.cards.set(r.itemId, r.after);
				return true;
			}).finally(() => {
				if (this.#rolling === rolling) this.#rolling = undefined;
			});
			this.#rolling = rolling;
		}
		return this.#rolling ?? Promise.resolve();
	}
	#rolling: Promise<void> | undefined;

	/** Stops listening to other tabs (a test's learner; a tab's lives as long as the tab). */
	close() {
		this.#tabs?.close();
		clearTimeout(this.#retry);
	}

	static async load(now: Date): Promise<Learner> {
		const [opened, scheduler] = await Promise.all([Progress.open(), import('../srs/scheduler')]);
		let progress = opened;
		// The reviews answers left pending (their tab closed first) are read alongside.
		const owed = progress.pendingReviews().catch(() => []);
		const [cards, todays] = await Promise.all([
			progress.loadCards(),
			progress.reviewsSince(...today(now))
		]).catch(() => {
			// Grades given now must not overwrite the progress that could not be read: this
			// session stays in memory, and a reload tries the saved progress again.
			progress = Progress.unreadable();
			return [undefined, []] as const;
		});
		const learner = new Learner(progress, cards, scheduler);
		learner.#dayOf(now);
		if (learner.cards.size) markPersonal();
		learner.doneToday = todays.length;
		learner.newSeenToday = todays.filter(introducesNew).length;
		for (const [key, { itemId, correct, at }] of await owed)
			try {
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, not state
				void learner.gradeAnswer(itemId, correct, new Date(at), key);
			} catch {
				// One review the scheduler refuses (a card it cannot work from) stays owed, and
				// stops neither the others nor the app.
			}
		return learner;
	}

	/**
	 * A quiz or assignment answer is a review too: right → Good, wrong → Again. `pending` is the
	 * key of the review the answer stored with it, if it did.
	 */
	gradeAnswer(itemId: string, correct: boolean, now: Date, pending?: string): Promise<void> {
		return this.grade(itemId, correct ? Rating.Good : Rating.Again, 'quiz', now, pending);
	}

	/**
	 * Records a review; resolves when it (and any earlier unsaved one) is stored, or its save
	 * failed: then `unsaved` and `saveError` say so, and it is tried again. A review of a stored
	 * pending review (`pending`) is graded once per tab, and told to the other tabs only once it
	 * is written: another tab may write it first (then this tab takes that up instead).
	 */
	grade(
		itemId: string,
		grade: Grade,
		via: Review['via'],
		now: Date,
		pending?: string
	): Promise<void> {
		if (pending) {
			if (this.#takenUp.has(pending)) return this.#flush();
			this.#takenUp.add(pending);
		}
		const before = this.cards.get(itemId);
		const { review, newCard } = this.scheduler;
		const after = review(before ?? newCard(now), grade, now, itemId);
		this.cards.set(itemId, after);
		markPersonal();
		const wasNew = introducesNew({ via, before });
		if (this.#isToday(now.getTime())) {
			this.doneToday++;
			if (wasNew) this.newSeenToday++;
		}
		const graded: Review = { itemId, grade, at: now, via, before, after, pending };
		this.#pending.push(graded);
		if (via === 'study') this.#undoable = [...this.#undoable, graded].slice(-UNDO_LIMIT);
		const saved = this.#flush();
		// The first grade of a new day, before the page's minute tick: the day's counts start again.
		// (Not a review owed since a clock set ahead: the day is the clock's, not that review's.)
		if (startOfDay(now).getTime() > this.#day && now.getTime() <= Date.now())
			void this.rollover(now).catch(() => {});
		return saved;
	}

	/** The study grade Undo would take back. */
	get lastGrade(): Review | undefined {
		return this.#undoable.at(-1);
	}

	/**
	 * Takes back this tab's last study grade: the card is as it was before and the review is gone,
	 * from storage (one transaction) and from today's counts. Refused when the card has been
	 * graded since (in a quiz, or in another tab) or the grade could not be saved.
	 */
	undo(): Promise<{ undone: Review } | { refused: UndoRefusal }> {
		// One at a time: a double press or a held key must not take back one grade twice.
		this.#undoing ??= this.#undoLast().finally(() => (this.#undoing = undefined));
		return this.#undoing;
	}

	async #undoLast(): Promise<{ undone: Review } | { refused: UndoRefusal }> {
		const last = this.#undoable.at(-1);
		if (!last) return { refused: 'nothing' };
		const changed = () => this.cards.get(last.itemId) !== last.after;
		if (!changed()) await this.#flushing;
		if (changed()) {
			this.#undoable = [];
			return { refused: 'changed' };
		}
		if (this.#pending.includes(last)) return { refused: 'not-saved' };
		const change = {
			itemId: last.itemId,
			after: last.before ?? null,
			wasNew: introducesNew(last),
			// A grade of an earlier day (before 04:00) taken back leaves today's counts as they are.
			at: last.at.getTime(),
			undone: true as const
		};
		try {
			// The counts change with storage, before a reread can read it.
			const undone = await this.#serially(async () => {
				if (!(await this.#progress.undoReview(last))) return false;
				this.#undoable = this.#undoable.filter((review) => review !== last);
				this.#apply(change);
				return true;
			});
			if (!undone) {
				this.#undoable = [];
				return { refused: 'changed' }; // another tab graded it, and storage has that
			}
		} catch (error) {
			return { refused: error instanceof NewerDataError ? 'newer-data' : 'not-saved' };
		}
		this.#tell(change);
		return { undone: last };
	}

	/** Tells the app's other tabs that this one changed the deck in use (on /decks). */
	deckChanged(): void {
		this.#tabs?.postMessage({ deck: true });
	}

	/** A grade given or undone (here or in another tab): the card and today's counts follow. */
	#apply({ itemId, after, wasNew, at, undone, restated }: GradeElsewhere) {
		// A grade is told once stored, so it can come after this tab stored one built on it: the
		// card stays as the later review left it (an undone grade puts back what it says).
		const mine = this.cards.get(itemId);
		if (!after) this.cards.delete(itemId);
		else if (undone || !mine || after.reps >= mine.reps) this.cards.set(itemId, after);
		if (restated || (at !== undefined && !this.#isToday(at))) return;
		const step = undone ? -1 : 1;
		this.doneToday = Math.max(0, this.doneToday + step);
		if (wasNew) this.newSeenToday = Math.max(0, this.newSeenToday + step);
	}

	#flush(): Promise<void> {
		clearTimeout(this.#retry);
		this.#flushing ??= (async () => {
			while (this.#pending.length) {
				const review = this.#pending[0] as Review;
				try {
					const written = await this.#serially(async () => {
						const stored = await this.#progress.commitReview(
							review,
							this.scheduler.regradeOf(review)
						);
						this.#pending.shift();
						return stored;
					});
					this.#failures = 0;
					this.saveError = undefined;
					if (!written) await this.#writtenElsewhere(review);
					else if (review.pending) this.#told(written);
					else this.#stored(review, written);
				} catch (error) {
					if (error instanceof NewerDataError) {
						// Retrying cannot help: the newer app owns the data now.
						this.saveError = `${count(this.#pending.length, 'grade')} could not be saved: a newer version of the app has updated your progress in another tab. Reload this tab to use it.`;
						break;
					}
					this.#failures++;
					this.saveError = `${count(this.#pending.length, 'grade')} could not be saved yet; trying again. Keep this tab open.`;
					// 2 s, 4 s, 8 s … then every minute; the next grade also tries at once.
					const delay = Math.min(60_000, 2_000 * 2 ** (this.#failures - 1));
					this.#retry = setTimeout(() => void this.#flush(), delay);
					break;
				}
			}
			this.#flushing = undefined;
		})();
		return this.#flushing;
	}

	/** A pending review written here: the other tabs are told (the grade and the card). */
	#told(written: Review) {
		// Unless a later grade of this card here waits to be saved (it builds on this one).
		if (!this.#pending.some((r) => r.itemId === written.itemId))
			this.cards.set(written.itemId, written.after);
		this.#tellStored(written);
	}

	/**
	 * The other tabs hear of a grade once it is stored, and only from a tab that stores: one in
	 * memory (no IndexedDB, unreadable or newer progress) or one whose save failed must not
	 * change their cards and counts with reviews that are on no disk.
	 */
	#tellStored(written: Review) {
		this.#tell({
			itemId: written.itemId,
			after: written.after,
			wasNew: introducesNew(written),
			at: written.at.getTime()
		});
	}

	#tell(change: GradeElsewhere) {
		if (this.mode === 'persistent') this.#tabs?.postMessage(change);
	}

	/**
	 * Another tab wrote this pending review first (and tells this tab so): it is taken out of
	 * today's counts here, and the card is as stored, unless it was graded here meanwhile.
	 */
	async #writtenElsewhere(review: Review) {
		if (this.#isToday(review.at.getTime())) {
			this.doneToday = Math.max(0, this.doneToday - 1);
			if (introducesNew(review)) this.newSeenToday = Math.max(0, this.newSeenToday - 1);
		}
		const shown = this.cards.get(review.itemId);
		const graded = () =>
			this.#pending.some((r) => r.itemId === review.itemId) ||
			this.cards.get(review.itemId) !== shown;
		if (graded()) return;
		const read = await this.#progress.card(review.itemId).then(
			(card) => ({ card }),
			() => undefined
		);
		if (!read || graded()) return;
		if (read.card) this.cards.set(review.itemId, read.card);
		else this.cards.delete(review.itemId);
	}

	/**
	 * A grade of this tab stored. One that waited to be saved may have been given again to the
	 * card another tab had stored since (`Progress.commitReview`): this tab then shows the card
	 * as stored, and Undo takes back what was written.
	 */
	#stored(review: Review, written: Review) {
		if (written !== review) {
			// Given again to a card another tab introduced first: not a new card of this tab's.
			if (introducesNew(review) && !introducesNew(written) && this.#isToday(review.at.getTime()))
				this.newSeenToday = Math.max(0, this.newSeenToday - 1);
			// Unless a later grade of this card here waits to be saved (it is given again in turn).
			if (!this.#pending.some((r) => r.itemId === review.itemId))
				this.cards.set(review.itemId, written.after);
			this.#undoable = this.#undoable.map((r) => (r === review ? written : r));
		}
		this.#tellStored(written);
	}

	get unsaved(): number {
		return this.#pending.length;
	}
}

/** The learner's today, as `reviewsSince` takes it: from the day's start (04:00) to the next. */
const today = (now: Date): [Date, Date] => [startOfDay(now), startOfNextDay(now)];

let shared: Promise<Learner> | undefined;

/** Leaving the page (closing, reloading, updating) asks first while a grade is not yet saved. */
function guardUnsaved(learner: Learner): Learner {
	if (typeof window !== 'undefined')
		window.addEventListener('beforeunload', (event) => {
			if (learner.unsaved) event.preventDefault();
		});
	return learner;
}

/** The one learner of this tab, loaded on first use (in the browser only). */
export function getLearner(): Promise<Learner> {
	shared ??= nextTask()
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, not state
		.then(() => Learner.load(new Date()))
		.then(guardUnsaved)
		.catch((error: unknown) => {
			shared = undefined; // the next page tries again (say, once the scheduler's file arrives)
			throw error;
		});
	// Each page asks: one left open past midnight counts the new day's reviews afresh.
	return shared.then(async (learner) => {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, not state
		await learner.rollover(new Date()).catch(() => {});
		return learner;
	});
}

/**
 * After a restore, or a deck version that resets changed questions: this tab's learner reads its
 * cards again (keeping grades not saved yet), and the app's other tabs are told to do the same.
 */
export async function rereadEverywhere(): Promise<void> {
	if (typeof BroadcastChannel === 'function') {
		const tabs = new BroadcastChannel(CHANNEL);
		tabs.postMessage({ restored: true });
		tabs.close();
	}
	const learner = await shared?.catch(() => undefined);
	await learner?.reread();
}
