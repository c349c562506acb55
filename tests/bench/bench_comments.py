"""The document page's margins: `uv run python -m tests.bench.bench_comments`.

A 150-paragraph document with two comments on every paragraph (a thread and its reply). The
margins of the document page read them in one request (`GET /documents/{id}/comments`,
`comments.document_comments`); before, each margin asked for its own paragraph's
(`GET /sections/{id}/comments`, `comments.list_comments`), 150 requests: the baseline, timed here
without the requests' own cost (routing, signing in), which would only add to it. Both are read
on one database in turns (median of RUNS); `CONCORD_BENCH_DB=postgres` reads them on PostgreSQL.
Prints figures; never fails.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from sqlmodel import Session

from concord.core.db import make_engine, transaction
from concord.deliberation import comments
from concord.deliberation.schemas import AnchorCreate, CommentCreate, CommentPublic
from concord.drafting import service as drafting
from tests.bench.corpus import bench_backend, bench_database
from tests.live_server import seed_document, seed_person

PARAGRAPHS = 150
RUNS = 7


def _ms(read: Callable[[], object]) -> float:
    start = time.perf_counter()
    read()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    backend = bench_backend()
    with bench_database(backend) as url:
        engine = make_engine(url)
        with transaction(engine) as session:
            viewer, _ = seed_person(session)
            document_id, section_ids = seed_document(
                session,
                viewer,
                sections=PARAGRAPHS,
                text="Paragraph {n} calls for a [peaceful dialogue] among the parties.",
            )
            for section_id in section_ids:
                section = drafting.get_section(session, section_id)
                quote = AnchorCreate(quote="peaceful dialogue")
                first = comments.create_comment(
                    session, viewer, section, CommentCreate(body="Why?", version=1, anchor=quote)
                )
                reply = CommentCreate(body="Because.", parent_id=first.public_id)
                comments.create_comment(session, viewer, section, reply)

        def whole() -> list[CommentPublic]:
            with Session(engine) as session:
                document = drafting.get_document(session, document_id)
                return comments.document_comments(session, viewer, document)

        def each() -> list[list[CommentPublic]]:
            with Session(engine) as session:
                return [
                    comments.list_comments(session, viewer, drafting.get_section(session, i))
                    for i in section_ids
                ]

        counts = {len(whole()), sum(len(found) for found in each())}
        assert counts == {2 * PARAGRAPHS}, counts
        one: list[float] = []
        many: list[float] = []
        for _ in range(RUNS):
            one.append(_ms(whole))
            many.append(_ms(each))
        engine.dispose()
    at_once, in_turn = statistics.median(one), statistics.median(many)
    print(f"\nbench_comments — {backend}, {PARAGRAPHS} paragraphs, 2 comments each")
    print(f"  the document's comments at once          {at_once:8.1f} ms")
    print(f"  each paragraph's in turn (baseline)      {in_turn:8.1f} ms")
    print(f"  ratio at once / in turn                  {at_once / in_turn:8.2f}")


if __name__ == "__main__":
    main()
