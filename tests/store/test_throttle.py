from kit.store import UnlockThrottle


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_five_free_tries_then_growing_waits_capped():
    t = UnlockThrottle(clock=Clock(), cap=30)
    assert [t.failed() for _ in range(12)] == [0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 30, 30]


def test_remaining_counts_down_and_success_resets():
    clock = Clock()
    t = UnlockThrottle(clock=clock, free=1)
    t.failed()
    assert t.ready()
    assert t.failed() == 1
    assert not t.ready() and t.remaining() == 1
    clock.now += 0.25
    assert t.remaining() == 0.75
    clock.now += 1
    assert t.ready()
    assert t.succeeded() == 2
    assert t.failures == 0 and t.failed() == 0


def test_the_count_lives_on_disk_and_survives_a_restart(tmp_path):
    clock = Clock()
    first = UnlockThrottle(tmp_path, clock=clock)
    for _ in range(7):
        first.failed()
    again = UnlockThrottle(tmp_path, clock=clock)  # another panel, the CLI, or after a restart
    assert again.failures == 7 and again.remaining() == 2
    assert again.succeeded() == 7
    assert UnlockThrottle(tmp_path, clock=clock).failures == 0


def test_a_clock_set_back_does_not_lengthen_the_wait(tmp_path):
    clock = Clock()
    t = UnlockThrottle(tmp_path, clock=clock, free=0)
    t.failed()
    clock.now -= 10_000
    assert t.remaining() == 1


def test_an_edited_throttle_file_does_not_open_the_door(tmp_path):
    (tmp_path / "kit.throttle").write_text("not json")
    assert not UnlockThrottle(tmp_path).ready()
