"""Notifications: what each person is told of, in the app and by e-mail (docs/notifications.md)."""
