"""The installed PySide6 keeps Python's reference counts: a long session emits many signals."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, Slot


class _Sender(QObject):
    plain = Signal()
    carrying = Signal(object)


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.received = 0

    @Slot(object)
    def take(self, _value: object) -> None:
        self.received += 1


def test_emitting_signals_leaves_true_false_and_none_alone(qapp):
    # PySide6 6.12.0 returned True from emit() without a reference of its own: after a few
    # thousand emits the app aborted with "bool_dealloc: deallocating True or False".
    sender, receiver = _Sender(), _Receiver()
    sender.carrying.connect(receiver.take)
    sender.plain.connect(lambda: None)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(500):
        sender.plain.emit()
        sender.carrying.emit(None)
        sender.carrying.emit(True)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert receiver.received == 1000
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)
