"""Timings for word diff and three-way merge: `uv run python -m tests.bench.bench_text`.

Prints figures and whether each goal is met; never fails on a missed goal (a benchmark is not
a test). Texts are generated from a fixed seed, so runs compare.
"""

from __future__ import annotations

import difflib
import random
import statistics
import time
from collections.abc import Callable

from concord.drafting.diff import tokenize, word_diff
from concord.drafting.merge import merge3

# Space-separated for readability; SIM905 would turn each into a column of one-word lines.
COMMON = str.split(
    "the parties shall should respect sovereignty of all states in region peace security "
    "cooperation development human rights commit to support welcome note with concern "
    "urge call upon reaffirm recognise civil society dialogue humanitarian access "
    "السلام الدول الأطراف تلتزم المنطقة الأمن التعاون حقوق الإنسان المجتمع المدني "
    "שלום הצדדים ביטחון שיתוף זכויות האדם החברה האזרחית אזור"
)
SYLLABLES = {
    "latin": str.split("ra ti on de ve lo pa ment con sti tu ci vil sum mit ag re al"),
    "arabic": str.split("ال سلا م دو ل تع او ن مج تم ع حق وق"),
    "hebrew": str.split("של ום צד דים בי טח ון שי תו ף זכ וי"),
}
PUNCTUATION = [",", ".", ";"]
RUNS = 7


def vocabulary(rng: random.Random, size: int = 3_000) -> list[str]:
    """Real words first, then made-up words in three scripts: drawn with Zipf weights below,
    this gives a prose-like spread (a few words very common, most rare)."""
    made: set[str] = set()
    while len(made) < size - len(COMMON):
        script = SYLLABLES[rng.choice(list(SYLLABLES))]
        made.add("".join(rng.choices(script, k=rng.randint(2, 4))))
    return COMMON + sorted(made)


def words(rng: random.Random, count: int) -> list[str]:
    vocab = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    out = []
    for word in rng.choices(vocab, weights, k=count):
        if rng.random() < 0.08:
            word += rng.choice(PUNCTUATION)
        out.append(word)
    return out


def edit(rng: random.Random, text: list[str], positions: list[int]) -> list[str]:
    out = list(text)
    for at in positions:
        out[at] = f"{rng.choice(COMMON)}{rng.randrange(1000)}"  # a word the base lacks
    return out


def median_ms(run: Callable[[], object], runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def opcodes(a: list[str], b: list[str]) -> object:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def diff_case(size: int, seed: int, with_spaces: bool) -> tuple[float, float, float | None]:
    """word_diff, difflib on the word lists, and (once) difflib on word_diff's own tokens:
    whitespace tokens are thousands of equal elements, difflib's worst case."""
    rng = random.Random(seed)
    base = words(rng, size)
    edited = edit(rng, base, rng.sample(range(size), size // 20))
    a, b = " ".join(base), " ".join(edited)
    ours = median_ms(lambda: word_diff(a, b))
    theirs = median_ms(lambda: opcodes(base, edited), runs=3)
    spaced = median_ms(lambda: opcodes(tokenize(a), tokenize(b)), runs=1) if with_spaces else None
    return ours, theirs, spaced


def merge_case(size: int, edits_per_side: int, seed: int) -> float:
    rng = random.Random(seed)
    base = words(rng, size)
    # Every 5th word is a candidate; the two sides take alternate candidates, so no two edits
    # are adjacent or touch the same word.
    candidates = rng.sample(range(0, size, 5), 2 * edits_per_side)
    current = edit(rng, base, candidates[0::2])
    proposed = edit(rng, base, candidates[1::2])
    a, c, p = " ".join(base), " ".join(current), " ".join(proposed)
    merged = merge3(a, c, p)
    expected = " ".join(
        current[i] if current[i] != base[i] else proposed[i] for i in range(len(base))
    )
    assert merged == expected, "merge lost an edit"
    return median_ms(lambda: merge3(a, c, p))


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main() -> None:
    diff_5k, difflib_5k, spaced_5k = diff_case(5_000, seed=1, with_spaces=True)
    merge_5k = merge_case(5_000, 100, seed=2)
    diff_20k, difflib_20k, _ = diff_case(20_000, seed=3, with_spaces=False)
    ratio_5k = difflib_5k / diff_5k
    rows = [
        ("word_diff, 5,000 words, 5 % edited", f"{diff_5k:9.1f} ms", "< 40 ms", diff_5k < 40),
        ("difflib, same word lists", f"{difflib_5k:9.1f} ms", "", None),
        ("  speed-up over difflib", f"{ratio_5k:9.1f} x", ">= 5 x", ratio_5k >= 5),
        ("difflib, word_diff's tokens (1 run)", f"{spaced_5k or 0:9.1f} ms", "(record)", None),
        ("merge3, 5,000 words, 100+100 edits", f"{merge_5k:9.1f} ms", "< 50 ms", merge_5k < 50),
        ("word_diff, 20,000 words, 5 % edited", f"{diff_20k:9.1f} ms", "(record)", None),
        ("difflib, same word lists", f"{difflib_20k:9.1f} ms", "(record)", None),
        ("  speed-up over difflib", f"{difflib_20k / diff_20k:9.1f} x", "(record)", None),
    ]
    print(f"median of {RUNS} runs (difflib: 3 runs)")
    print(f"{'case':40} {'figure':>12}  {'goal':9} result")
    for name, figure, goal, ok in rows:
        print(f"{name:40} {figure:>12}  {goal:9} {'' if ok is None else verdict(ok)}")


if __name__ == "__main__":
    main()
