"""What every widget holds: the operations' Context, and the window's change signal."""

from __future__ import annotations

from dataclasses import dataclass, field

from ui.operation_signals import OperationSignals
from workbench.operations.context import Context


@dataclass(eq=False)
class UiSession(Context):
    """The operations' ``Context`` (unlocked vault, today/now clocks; ``.store``, ``.user``,
    ``.role``) as the GUI holds it: every operation is called with the session itself.

    ``signals`` is where writes are announced (ui.operation_signals.announce); the main window
    passes its own, a widget tested alone gets a private one.
    """

    signals: OperationSignals = field(default_factory=OperationSignals)
