"""The outbox: a parcel is held by one replica at a time, fenced by its attempt key, and dropped when delivered."""

import threading
import time

from bot.outbox import SENDING, Outbox


def test_a_parcel_is_sealed_until_delivered_then_forgotten(store):
    parcel = store.outbox.enqueue("line", "Uraw-user", [{"type": "text", "text": "回答"}], "reply-token-raw", "line:E1")
    row = store.db.execute("SELECT target, reply_token, payload FROM parcels").one()
    assert "Uraw-user" not in str(row) and "reply-token-raw" not in str(row)
    assert parcel.target == "Uraw-user" and parcel.reply_token == "reply-token-raw"
    assert store.outbox.delivered(parcel, "reply")
    assert store.db.execute("SELECT target, reply_token, payload, via FROM parcels").one() == (None, None, None, "reply")
    assert store.outbox.depth() == (0, 0.0)


def test_replicas_claim_each_due_parcel_once(store):
    for i in range(30):
        store.outbox.postpone(store.outbox.enqueue("line", f"U{i}", [{"n": i}]), "HTTP 503", 0)
    replicas = [Outbox(store.db, store.sealer, f"replica-{r}", lease=30) for r in range(4)]
    claimed: list[list[int]] = [[] for _ in replicas]

    def claim(r: int) -> None:
        for _ in range(10):
            claimed[r] += [p.id for p in replicas[r].claim(limit=4)]

    threads = [threading.Thread(target=claim, args=(r,)) for r in range(len(replicas))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [p for c in claimed for p in c]
    assert len(every) == 30 == len(set(every))


def test_an_attempt_whose_lease_ran_out_cannot_mark_the_parcel(store):
    first = Outbox(store.db, store.sealer, "a", lease=0.2)
    parcel = first.enqueue("line", "U1", [{"n": 1}], "token")
    time.sleep(0.3)
    second = Outbox(store.db, store.sealer, "b", lease=30)
    [taken] = second.claim()
    assert not first.delivered(parcel, "reply")  # fenced: its attempt key is no longer the parcel's
    assert second.delivered(taken, "push")
    assert store.questions.deliveries() == {"push": 1}


def test_a_reply_that_may_have_left_is_remembered(store):
    parcel = store.outbox.enqueue("line", "U1", [{"n": 1}], "token")
    assert store.outbox.sending(parcel)
    store.outbox.postpone(parcel, "timeout", 0)
    [again] = store.outbox.claim()
    assert again.reply_state == SENDING and again.reply_token == "token"
    store.outbox.reply_failed(again)
    store.outbox.postpone(again, "x", 0)
    [third] = store.outbox.claim()
    assert third.reply_token is None


def test_a_parcel_not_delivered_in_time_is_given_up_and_forgotten(store):
    parcel = store.outbox.enqueue("line", "U1", [{"n": 1}], "token")
    store.outbox.give_up(parcel, "HTTP 500")
    assert store.questions.deliveries() == {"failed": 1}
    assert store.db.execute("SELECT target, reply_token, payload FROM parcels").one() == (None, None, None)
