"""Qt widgets, item models, dialogs and the timeline view."""

from ui._none_guard import guard_none_refcount

guard_none_refcount()
