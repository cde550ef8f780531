/**
 * A student's attempt at an assignment: questions one at a time in the student's order, every
 * answer saved as it is given (with the time spent), the timer resumed where it was after a
 * reload, and on submit a result code. Every answer is also a review in the student's own
 * schedule (right → Good, wrong → Again), as in the quiz.
 */
import { hasVisible } from '../quiz/visible';
import type { ItemResponse } from '../items/response';
import type { Item } from '../items/types';
import { checkDeck, cleanFragment, decodeAssignment, type Assignment } from '../quiz/assignment';
import { questionOrder, shownItem, timeLeft, timeTaken } from '../quiz/attempt';
import { cleanName, encodeResult } from '../quiz/result-code';
import { isCorrect } from '../quiz/score';
import { AssignmentStore, type Attempt } from '../storage/assignments';
import { pendingKey } from '../storage/keys';
import type { PendingReview } from '../storage/records';
import { NewerDataError } from '../storage/schema';
import { builtinDeck } from './builtin-deck';
import { deckIdentity } from './deck-identity';

export type Opened =
	| { ok: true; assignment: Assignment; items: Item[]; fragment: string }
	| { ok: false; message: string };

/** A link's fragment → an assignment for this app's questions, or what is wrong. Stores nothing. */
export async function openLink(fragment: string): Promise<Opened> {
	const decoded = await decodeAssignment(fragment);
	if (!decoded.ok) return decoded;
	const checked = checkDeck(decoded.value, await deckIdentity());
	if (!checked.ok) return checked;
	const items = decoded.value.itemIds.map((id) => builtinDeck().item(id) as Item);
	return {
		ok: true,
		assignment: decoded.value,
		items,
		fragment: cleanFragment(fragment)
	};
}

/** How often the running timer is written down (a crash or a reload loses at most this much). */
const SAVE_EVERY_MS = 1000;

export class AttemptSession {
	readonly assignment: Assignment;
	readonly items: Item[];
	readonly fragment: string;
	readonly mode: AssignmentStore['mode'];
	attempt = $state<Attempt>();
	/** The clock as last ticked, for the timer display. */
	nowMs = $state(0);
	saveError = $state<string>();
	/** Set when another tab of this assignment had saved further along: this tab took that up. */
	tookUpOtherTab = $state(false);
	/** Set once the device was handed to the next student (their name field takes the focus). */
	handedOver = $state(false);
	#store: AssignmentStore;
	/** Wall time when the running part of the timer started (undefined: not running). */
	#runningSince: number | undefined;
	#lastSave = 0;

	private constructor(opened: Extract<Opened, { ok: true }>, store: AssignmentStore) {
		this.assignment = opened.assignment;
		this.items = opened.items;
		this.fragment = opened.fragment;
		this.#store = store;
		this.mode = store.mode;
	}

	static async open(opened: Extract<Opened, { ok: true }>): Promise<AttemptSession> {
		const store = await AssignmentStore.open();
		const session = new AttemptSession(opened, store);
		const stored = await store.attempt(opened.assignment.id).catch(() => undefined);
		if (stored?.fragment === opened.fragment) session.attempt = stored;
		else
			session.clash =
				!!stored && (stored.submitted !== null || stored.responses.some((r) => r !== null));
		return session;
	}

	/**
	 * Another quiz under this one's id was answered on this device (a link forged or mistyped):
	 * starting this one would replace it, and with it a result code perhaps not sent yet.
	 */
	clash = false;

	studentName(): Promise<string> {
		return this.#store.studentName().catch(() => '');
	}

	get phase(): 'intro' | 'taking' | 'submitted' {
		if (!this.attempt) return 'intro';
		return this.attempt.submitted ? 'submitted' : 'taking';
	}

	get order(): number[] {
		return this.attempt ? questionOrder(this.assignment, this.attempt.student) : [];
	}

	/** The question to answer now: its index in the assignment and the item as shown. */
	get current() {
		const a = this.attempt;
		if (!a || a.submitted) return undefined;
		const index = this.order[a.position];
		if (index === undefined) return undefined;
		return { index, ...shownItem(this.assignment, a.student, this.items[index] as Item) };
	}

	/**
	 * The questions and answers in the order this student took them, each as they saw it (their
	 * order of options), for the review after submitting.
	 */
	get review(): { item: Item; response: ItemResponse | null; correct: boolean }[] {
		const a = this.attempt;
		if (!a) return [];
		return this.order.flatMap((index) => {
			const item = this.items[index];
			if (!item) return [];
			const response = a.responses[index] ?? null;
			const shown = shownItem(this.assignment, a.student, item);
			return [
				{
					item: shown.item,
					response: response && shown.toShown(response),
					correct: isCorrect(item, response)
				}
			];
		});
	}

	get answered(): number {
		return this.attempt?.responses.filter((r) => r !== null).length ?? 0;
	}

	get canRetake(): boolean {
		return !!this.attempt?.submitted && this.assignment.settings.allowRetake;
	}

	elapsedMs(nowMs: number): number {
		const a = this.attempt;
		if (!a) return 0;
		return (
			a.elapsedMs + (this.#runningSince === undefined ? 0 : Math.max(0, nowMs - this.#runningSince))
		);
	}

	/** Milliseconds left, or null without a time limit. */
	get timeLeft(): number | null {
		return timeLeft(this.assignment, this.elapsedMs(this.nowMs));
	}

	/** Did the time limit run out (and so submit the attempt)? */
	get timedOut(): boolean {
		const left = this.timeLeft;
		return left !== null && left <= 0;
	}

	get score(): number {
		const a = this.attempt;
		if (!a) return 0;
		return this.items.filter((item, i) => isCorrect(item, a.responses[i] ?? null)).length;
	}

	/** Starts (or, when allowed, starts again) with the student's name. */
	async start(student: string, now: Date): Promise<void> {
		const name = cleanName(student);
		if (!hasVisible(name) || (this.attempt && !this.canRetake)) return;
		this.attempt = {
			v: 1,
			assignmentId: this.assignment.id,
			fragment: this.fragment,
			student: name,
			responses: this.items.map(() => null),
			position: 0,
			elapsedMs: 0,
			startedAt: now.getTime(),
			submitted: null,
			retakes: this.attempt ? this.attempt.retakes + 1 : 0
		};
		this.resume(now);
		await Promise.all([this.#save(), this.#store.saveStudentName(name).catch(() => {})]);
	}

	/**
	 * Passes the device to another student once this attempt is submitted (its code shown): the
	 * attempt and the remembered name are forgotten here, and the next student starts afresh.
	 */
	async handOver(): Promise<void> {
		const a = this.attempt;
		if (!a?.submitted) return;
		await this.#store.forgetAttempt(a.assignmentId);
		this.attempt = undefined;
		this.tookUpOtherTab = false;
		this.handedOver = true;
	}

	/** Starts the clock (on start, and when the page is shown again). */
	resume(now: Date) {
		if (this.phase !== 'taking' || this.#runningSince !== undefined) return;
		this.#runningSince = now.getTime();
		this.nowMs = now.getTime();
	}

	/**
	 * Stops the clock and writes the time down: the page is closing (or reloading, or opening
	 * another assignment). The time limit counts while the assignment is open, so time away in
	 * another app or tab counts; time with the page closed does not.
	 */
	async pause(now: Date): Promise<void> {
		if (!this.#fold(now)) return;
		await this.#save();
	}

	/** Writes the running time down and keeps the clock going (the page is hidden, or a tick). */
	async checkpoint(now: Date): Promise<void> {
		if (!this.#fold(now)) return;
		this.#runningSince = now.getTime();
		await this.#save();
	}

	/** Every second or so: the timer display, a periodic save, and time running out. */
	async tick(now: Date): Promise<void> {
		this.nowMs = now.getTime();
		if (this.phase !== 'taking') return;
		const left = this.timeLeft;
		if (left !== null && left <= 0) return this.submit(now);
		if (now.getTime() - this.#lastSave >= SAVE_EVERY_MS) await this.checkpoint(now);
	}

	/** Records the answer to the current question (as shown) and moves on. */
	async answer(shown: ItemResponse | null, now: Date): Promise<void> {
		const current = this.current;
		const a = this.attempt;
		if (!current || !a) return;
		const response = shown && current.fromShown(shown);
		a.responses[current.index] = response;
		a.position++;
		this.#fold(now);
		this.#runningSince = now.getTime();
		const item = this.items[current.index] as Item;
		const correct = isCorrect(item, response);
		if (!response) {
			await this.#save();
			return;
		}
		// The answer stores the review it owes the learner's schedule with it, in one transaction,
		// so closing the tab now loses neither. The learner (whose code is not even loaded with the
		// page) then writes that review on its own and retries a failed write; the next question
		// waits only for the answer. A store kept apart from the schedule's (data of a newer app,
		// in this tab's memory) stores no pending review: the review is given directly. An answer
		// refused because another tab of this assignment is further along gives no review.
		const owed: PendingReview | undefined =
			this.mode === 'newer-data' ? undefined : { itemId: item.id, correct, at: now.getTime() };
		const saved = await this.#save(owed);
		if (saved === 'refused') return;
		const pending = saved === 'stored' && owed ? pendingKey(now, item.id) : undefined;
		void import('./learner.svelte')
			.then(({ getLearner }) => getLearner())
			.then((learner) => learner.gradeAnswer(item.id, correct, now, pending))
			.catch(() => {});
	}

	/** Ends the attempt (also when time runs out) and makes the result code. */
	async submit(now: Date): Promise<void> {
		const a = this.attempt;
		if (!a || a.submitted) return;
		this.#fold(now);
		const seconds = Math.round(timeTaken(this.assignment, a.elapsedMs) / 1000);
		const code = await encodeResult({
			assignmentId: this.assignment.id,
			student: a.student,
			responses: a.responses,
			seconds,
			submittedAt: Math.floor(now.getTime() / 1000)
		});
		a.submitted = { at: now.getTime(), code, seconds };
		await this.#save();
	}

	/** Adds the running time to the attempt; false when nothing was running. */
	#fold(now: Date): boolean {
		const a = this.attempt;
		if (!a || this.#runningSince === undefined) return false;
		a.elapsedMs += Math.max(0, now.getTime() - this.#runningSince);
		this.#runningSince = undefined;
		return true;
	}

	/**
	 * Saves the attempt (and `pending` with it): `stored`; `refused` when another tab's attempt,
	 * further along, is stored instead (this tab takes it up); `failed` when the write failed.
	 */
	async #save(pending?: PendingReview): Promise<'stored' | 'refused' | 'failed'> {
		if (!this.attempt) return 'failed';
		this.#lastSave = this.nowMs;
		try {
			const kept = await this.#store.saveAttempt(this.attempt, pending);
			this.saveError = undefined;
			if (kept === this.attempt) return 'stored';
			this.attempt = kept;
			this.tookUpOtherTab = true;
			this.#runningSince = this.phase === 'taking' ? Date.now() : undefined;
			return 'refused';
		} catch (error) {
			this.saveError =
				error instanceof NewerDataError
					? 'Your answers are no longer saved on this device: a newer version of the app, open in another tab, has updated its data. Finish and submit here; your result is not affected.'
					: 'Your answers could not be saved on this device. Keep this tab open until you submit; saving is tried again with every answer.';
			return 'failed';
		}
	}
}
