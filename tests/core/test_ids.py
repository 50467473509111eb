"""New ids are valid UUIDv7 and sort in creation order."""

import uuid

from gtgcrm_desktop.core.ids import new_id


def test_ids_are_version_7_and_unique() -> None:
    ids = [new_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122


def test_ids_sort_in_creation_order() -> None:
    ids = [new_id() for _ in range(10_000)]
    assert ids == sorted(ids)


def test_random_parts_differ_across_pool_refills() -> None:
    # The random 62 bits come from a pool of os.urandom bytes, refilled every 512 ids.
    random_parts = [new_id().replace("-", "")[16:] for _ in range(2_000)]
    assert len(set(random_parts)) == len(random_parts)


def test_a_forked_child_does_not_repeat_the_parents_random_bits() -> None:
    import os

    new_id()  # the pool holds bytes now
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report its next id and leave at once
        os.write(write, new_id().encode())
        os._exit(0)
    os.close(write)
    child_id = os.read(read, 64).decode()
    os.waitpid(pid, 0)
    parent_id = new_id()
    assert child_id.replace("-", "")[16:] != parent_id.replace("-", "")[16:]
