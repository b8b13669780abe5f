/** Starts deadline reminders (alarms, notifications) and the toolbar badge in the background. */
export function startReminders(): void {}
