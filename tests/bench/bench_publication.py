"""The public page of a published text: `uv run python -m tests.bench.bench_publication`.

A published communiqué (the access world's, tests/publication/world.py) is fetched without
signing in: rendered cold (the page's cache emptied before each fetch), warm (rendered once per
process and kept), and revalidated (`If-None-Match` with its ETag: 304, no body); against
`/healthz` on the same app in the same run as the baseline. Prints figures and whether the goal
(a warm page costs no more than three health checks) is met; never fails.
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from concord.core.db import make_engine, transaction
from concord.main import create_app
from concord.publication import public
from tests.bench.bench_text import median_ms
from tests.bench.corpus import bench_database
from tests.publication.world import build_with_publication, publication_of

RUNS = 51


def main() -> None:
    with bench_database() as url:
        engine = make_engine(url)
        try:
            with transaction(engine) as session:
                path = f"/published/{publication_of(build_with_publication(session)).published_id}"
            with TestClient(create_app(engine)) as client:

                def get(target: str, status: int = 200, **headers: str) -> None:
                    response = client.get(target, headers=headers)
                    assert response.status_code == status, response.text

                def cold() -> None:
                    public.forget()
                    get(path)

                get(path)
                tag = client.get(path).headers["etag"]
                figures = {
                    "/healthz (baseline)": median_ms(lambda: get("/healthz"), RUNS),
                    "page, cold": median_ms(cold, RUNS),
                    "page, warm": median_ms(lambda: get(path), RUNS),
                    "page, 304": median_ms(lambda: get(path, 304, **{"If-None-Match": tag}), RUNS),
                    "index, warm": median_ms(lambda: get("/published"), RUNS),
                }
        finally:
            engine.dispose()
    base = figures["/healthz (baseline)"]
    print(f"public page: median of {RUNS} fetches each, in-process client")
    for name, ms in figures.items():
        print(f"  {name:20} {ms:7.2f} ms   {ms / base:5.1f}× /healthz")
    met = figures["page, warm"] <= 3 * base
    print(f"  goal: a warm page costs at most 3 health checks: {'met' if met else 'MISSED'}")


if __name__ == "__main__":
    main()
