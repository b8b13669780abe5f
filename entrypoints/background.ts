export default defineBackground(() => {
  // Services are wired here as they land: draft store, schedule reminders, badge.
});
