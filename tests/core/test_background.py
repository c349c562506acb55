"""The background poller the silence scheduler, the publisher and the mail outbox share: it
waits before its first poll unless woken by commits, survives a failing step, and stops."""

from __future__ import annotations

import threading
import time

from concord.core.background import Poller


def test_a_poller_waits_one_interval_first_and_survives_a_failing_step() -> None:
    calls: list[int] = []
    third = threading.Event()

    def step() -> None:
        calls.append(len(calls))
        if len(calls) == 1:
            raise RuntimeError("the database went away")
        if len(calls) == 3:
            third.set()

    poller = Poller("test-poll", 0.05, step)
    poller.start()
    assert calls == []  # a process that lives less than one interval never polls
    assert third.wait(10), calls
    assert poller.running
    poller.stop()
    assert not poller.running
    stopped_at = len(calls)
    time.sleep(0.2)  # four intervals: a poller still running would have polled again
    assert len(calls) == stopped_at


def test_a_woken_poller_steps_at_once_then_when_woken() -> None:
    wake = threading.Event()
    stepped = threading.Semaphore(0)
    poller = Poller("test-wake", 3600, stepped.release, wake=wake)
    poller.start()
    assert stepped.acquire(timeout=10)  # at start, without waiting an hour
    wake.set()
    assert stepped.acquire(timeout=10)  # woken: the next poll comes at once
    poller.stop()  # the hour-long wait is cut short
    assert not poller.running
