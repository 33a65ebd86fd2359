"""The rate limit's sliding-window counter (archive/api/throttling.py), on a clock the test moves."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.test import RequestFactory, override_settings

from archive.api.throttling import ArchiveAnonThrottle

WINDOW_START = 1_800_000_000.0  # a multiple of 60: a minute window starts here


@pytest.fixture
def clock():
    caches["rates"].clear()
    now = [WINDOW_START]
    yield now
    caches["rates"].clear()


def ask(clock, rate="5/minute", address="203.0.113.7"):
    """One request at the clock's time: (allowed, the throttle)."""
    request = RequestFactory().get("/api/search/", REMOTE_ADDR=address)
    request.user = AnonymousUser()
    with override_settings(REST_FRAMEWORK={"DEFAULT_THROTTLE_RATES": {"anon": rate}}):
        throttle = ArchiveAnonThrottle()
    throttle.timer = lambda: clock[0]
    return throttle.allow_request(request, None), throttle


def test_the_limit_holds_within_a_window_and_wait_says_when_to_come_back(clock):
    clock[0] += 10
    assert [ask(clock)[0] for _ in range(5)] == [True] * 5
    allowed, throttle = ask(clock)
    assert not allowed
    wait = throttle.wait()
    # This window's 5 requests count until they fade in the next window: 5 × (1 - x/60) ≤ 4.
    assert wait == pytest.approx(60 - 10 + 12)
    clock[0] += wait - 0.5
    assert not ask(clock)[0]
    clock[0] += 0.5
    assert ask(clock)[0]


def test_a_client_just_past_the_windows_edge_is_still_held_to_the_limit(clock):
    clock[0] += 59
    assert [ask(clock)[0] for _ in range(5)] == [True] * 5
    clock[0] += 2  # one second into the next window: the previous five still count
    allowed, throttle = ask(clock)
    assert not allowed
    # Allowed again once 5 × (1 - x/60) rounds up to 4: x = 12 s into this window.
    assert throttle.wait() == pytest.approx(11)
    clock[0] += 11
    assert ask(clock)[0]
    assert not ask(clock)[0]  # 4 of the previous window's share, and this one: 5


def test_a_window_two_back_is_forgotten_and_clients_are_counted_apart(clock):
    assert [ask(clock)[0] for _ in range(5)] == [True] * 5
    assert not ask(clock)[0]
    assert ask(clock, address="198.51.100.1")[0]
    clock[0] += 120
    assert [ask(clock)[0] for _ in range(5)] == [True] * 5


def test_the_state_stays_three_numbers_whatever_the_rate(clock):
    for _ in range(2000):
        assert ask(clock, rate="1000000/minute")[0]
    _allowed, throttle = ask(clock, rate="1000000/minute")
    assert throttle.cache.get(throttle.key) == (WINDOW_START, 0, 2001)


def test_anything_else_stored_under_the_key_counts_as_no_requests(clock):
    _allowed, throttle = ask(clock)
    throttle.cache.set(throttle.key, [WINDOW_START] * 50)  # DRF's own timestamp list, say
    assert ask(clock)[0]
    assert throttle.cache.get(throttle.key) == (WINDOW_START, 0, 1)


def test_the_counters_live_in_the_rates_cache_not_the_pages(clock):
    from django.core.cache import cache

    _allowed, throttle = ask(clock)
    assert throttle.cache is caches["rates"] and caches["rates"] is not cache
    assert caches["rates"].get(throttle.key) == (WINDOW_START, 0, 1)
    assert cache.get(throttle.key) is None


def test_production_keeps_the_counters_in_memory_when_the_machine_has_a_tmpfs():
    import os
    from pathlib import Path

    from archive import settings as production

    if production.CACHE_URL:  # the Redis run: both caches are the server
        assert production.CACHES["rates"]["KEY_PREFIX"] == "rates"
        return
    location = Path(production.CACHES["rates"]["LOCATION"])
    if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK):
        assert location.parent == Path("/dev/shm") and location.name.startswith("archive-rates-")
    else:
        assert location == production.DATA_DIR / "rates"
