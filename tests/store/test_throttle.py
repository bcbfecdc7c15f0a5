from kit.store import UnlockThrottle


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_delays_grow_and_are_capped():
    t = UnlockThrottle(clock=Clock())
    assert [t.failed() for _ in range(9)] == [0, 1, 2, 4, 8, 16, 30, 30, 30]


def test_remaining_counts_down_and_success_resets():
    clock = Clock()
    t = UnlockThrottle(clock=clock)
    t.failed()
    assert t.ready()
    assert t.failed() == 1
    assert not t.ready() and t.remaining() == 1
    clock.now += 0.25
    assert t.remaining() == 0.75
    clock.now += 1
    assert t.ready()
    t.succeeded()
    assert t.failures == 0 and t.failed() == 0
