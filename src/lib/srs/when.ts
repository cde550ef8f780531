/**
 * When a card is due, in words a learner reads at a glance: "today at 14:05", "tomorrow at
 * 08:07", "Friday at 09:00" within the week, and the date itself beyond it ("Friday 11 December
 * at 08:07"). A bare weekday a week or more away reads as this week's. A card that comes up for
 * the whole day (`allDay`) is due "tomorrow", "Friday", with no time.
 */
const DAY_MS = 86_400_000;

/** Local midnight: words such as "today" and "tomorrow" name calendar days, not the learner's
 * study day (which starts at 04:00, day.ts). */
function midnight(date: Date): Date {
	const day = new Date(date);
	day.setHours(0, 0, 0, 0);
	return day;
}

export function describeDue(
	due: Date,
	now: Date,
	{ allDay = false, locale }: { allDay?: boolean; locale?: string } = {}
): string {
	const time = allDay
		? ''
		: ` at ${due.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })}`;
	// Calendar days between the two local dates (rounded: a daylight-saving day is 23 or 25 hours).
	const days = Math.round((midnight(due).getTime() - midnight(now).getTime()) / DAY_MS);
	if (days <= 0) return allDay ? 'today' : `today${time}`;
	if (days === 1) return `tomorrow${time}`;
	const day =
		days < 7
			? due.toLocaleDateString(locale, { weekday: 'long' })
			: due.toLocaleDateString(locale, {
					weekday: 'long',
					day: 'numeric',
					month: 'long',
					...(due.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' })
				});
	return `${day}${time}`;
}
