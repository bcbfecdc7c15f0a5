"""Quiz order and fairness (Qt-free).

Options are shown in a new random order for every run of a quiz, so nobody learns "it is always B".
An order is a list of source option indexes in the order they are shown: ``order[shown] == source``.
Answers and tallies are always kept by *source* index, so a saved count means the same option
whatever order it was shown in.
"""

from __future__ import annotations

import random

LETTERS = "ABCDEFGHIJ"


def new_order(n: int, rng: random.Random | None = None) -> list[int]:
    """A random order of n options."""
    order = list(range(n))
    (rng or random.SystemRandom()).shuffle(order)
    return order


def new_orders(quiz, rng: random.Random | None = None) -> dict[str, list[int]]:
    """One random order per question: {question id: order}."""
    rng = rng or random.SystemRandom()
    return {q.id: new_order(len(q.options), rng) for q in quiz}


def order_for(question, orders: dict[str, list[int]] | None) -> list[int]:
    """The order to show a question in; the source order if none (or a stale one) is given."""
    order = (orders or {}).get(question.id)
    if order is None or sorted(order) != list(range(len(question.options))):
        return list(range(len(question.options)))
    return list(order)


def shown_options(question, orders: dict[str, list[int]] | None) -> list[tuple[int, object]]:
    """[(source index, option), ...] in the order they are shown."""
    return [(i, question.options[i]) for i in order_for(question, orders)]


def shown_position(question, orders: dict[str, list[int]] | None, source: int) -> int:
    """Where source option `source` is shown (0 = first)."""
    return order_for(question, orders).index(source)


# -- fairness rules (checked by `kit validate`) --------------------------------------------------
def position_spread(quiz) -> tuple[int, int]:
    """(the most right answers at one source position, questions)."""
    positions = [q.correct_index for q in quiz if q.correct_index >= 0]
    most = max((positions.count(p) for p in set(positions)), default=0)
    return most, len(positions)


def longest_right(quiz) -> tuple[int, int]:
    """(questions where the right option is strictly the longest, questions)."""
    n = 0
    for q in quiz:
        if q.correct_index < 0 or len(q.options) < 2:
            continue
        right = len(q.options[q.correct_index].text)
        if all(right > len(o.text) for i, o in enumerate(q.options) if i != q.correct_index):
            n += 1
    return n, len(quiz)


def fairness_problems(quiz) -> list[str]:
    """The quiz rules a module breaks, as sentences (empty if fair)."""
    out = []
    most, total = position_spread(quiz)
    if total and most * 2 > total:
        out.append(f"quiz: the right answer sits in the same position in {most} of {total} questions; "
                   "spread it so no position holds more than half")
    longest, total = longest_right(quiz)
    if total and longest * 2 > total:
        out.append(f"quiz: the right answer is the longest option in {longest} of {total} questions; "
                   "at most half may be (make a wrong answer as full and plausible)")
    return out
