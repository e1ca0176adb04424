"""The event ledger answers each event once: across redeliveries, replicas and a replica that died."""

import time

from bot.ledger import Ledger


def test_an_event_is_taken_once_and_its_contents_go_when_answered(store):
    ledger = store.ledger
    assert ledger.receive("line:E1", "line", {"event": {"message": {"text": "ひみつの質問"}}})
    assert not ledger.receive("line:E1", "line", {"event": {}})  # a redelivery
    parcel = store.answer("line:E1", "line", "Uabc", [{"type": "text", "text": "回答"}], "token-1")
    assert parcel is not None and store.answer("line:E1", "line", "Uabc", [], "token-2") is None
    sealed = store.db.execute("SELECT sealed, state FROM events WHERE event_key = 'line:E1'").one()
    assert sealed == (None, "answered")


def test_an_event_whose_replica_died_is_taken_up_by_another(store):
    other = Ledger(store.db, store.sealer, "replica-b", lease=0.2)
    dying = Ledger(store.db, store.sealer, "replica-a", lease=0.2)
    assert dying.receive("line:E2", "line", {"event": {"replyToken": "t"}})
    assert other.reclaim("line") == []  # held, lease running
    time.sleep(0.3)
    [(key, kept)] = other.reclaim("line")
    assert key == "line:E2" and kept == {"event": {"replyToken": "t"}}
    assert other.reclaim("line") == []  # now held by replica-b


def test_a_replica_that_lost_its_lease_cannot_store_an_answer(store):
    slow = Ledger(store.db, store.sealer, "slow", lease=0.2)
    store.ledger.lease = 0.2
    assert slow.receive("line:E3", "line", {"event": {}})
    time.sleep(0.3)
    assert store.ledger.reclaim("line")  # taken over
    with store.db.transaction() as tx:
        assert not slow.answered(tx, "line:E3")
    assert store.answer("line:E3", "line", "U1", [{"type": "text", "text": "a"}]) is not None


def test_an_event_that_needs_no_answer_is_settled_and_its_contents_dropped(store):
    assert store.ledger.receive("line:E4", "line", {"event": {"message": {"text": "グループの雑談"}}})
    store.ledger.settle("line:E4")
    assert store.ledger.state("line:E4") == "done"
    assert store.db.execute("SELECT sealed FROM events WHERE event_key = 'line:E4'").one() == (None,)
