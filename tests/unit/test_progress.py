"""The progress of a bulk build: count, rate and time left."""

from pipeline.progress import progress_line, track


def test_progress_line_gives_count_rate_and_time_left():
    assert progress_line(120, 3000, 3.0) == "120/3000 seeds parsed, 40.0/s, about 1 min 12 s left"
    assert progress_line(3000, 3000, 75.0) == "3000/3000 seeds parsed, 40.0/s, done in 1 min 15 s"


def test_off_a_terminal_progress_is_logged_every_tenth_of_the_way():
    ticks = iter(range(1000))
    lines = []
    items = list(track(range(50), log=lines.append, clock=lambda: next(ticks), terminal=False))
    assert items == list(range(50))
    assert len(lines) == 10 and lines[-1].startswith("50/50 seeds parsed") and "left" in lines[0]


def test_a_short_run_logs_only_its_last_line():
    lines = []
    list(track(range(5), log=lines.append, terminal=False))
    assert len(lines) == 1 and lines[0].startswith("5/5 seeds parsed")


def test_a_slow_loop_is_logged_at_least_every_interval():
    ticks = iter([0, 30, 60, 90, 120])
    lines = []
    list(track(range(4), total=1000, log=lines.append, clock=lambda: next(ticks), interval=10, terminal=False))
    assert len(lines) == 4


def test_on_a_terminal_a_bar_shows_count_rate_and_time_left(capsys):
    list(track(range(30), terminal=True))
    drawn = capsys.readouterr().err
    assert "seeds parsed" in drawn and "30/30" in drawn and "/s" in drawn and "left" in drawn
