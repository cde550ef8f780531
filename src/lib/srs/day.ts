/** Day boundaries in the learner's local time zone ("today" is what the learner calls today). */
export function startOfDay(now: Date): Date {
	const day = new Date(now);
	day.setHours(0, 0, 0, 0);
	return day;
}

export function endOfDay(now: Date): Date {
	const day = new Date(now);
	day.setHours(23, 59, 59, 999);
	return day;
}
