"""PageRank for the entity network (numpy power iteration; networkx's own needs SciPy)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def pagerank(
    n: int,
    edges: Sequence[tuple[int, int, float]],
    personalization: Sequence[float] | None = None,
    *,
    alpha: float = 0.85,
    max_iter: int = 100,
    tol: float = 1e-10,
) -> np.ndarray:
    """PageRank over an undirected weighted graph (power iteration, O(edges) per step).

    ``personalization`` (e.g. the number of events of each node) is where the
    random surfer restarts, so an actor with many statements but no
    counterpart still ranks high.  Scores sum to 1.
    """
    if n == 0:
        return np.zeros(0)
    if personalization is None:
        p = np.full(n, 1.0 / n)
    else:
        p = np.asarray(personalization, dtype=float)
        p = np.where(p > 0, p, 0.0)
        p = p / p.sum() if p.sum() > 0 else np.full(n, 1.0 / n)
    if edges:
        arr = np.asarray(edges, dtype=float)
        a, b, w = arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64), arr[:, 2]
        src = np.concatenate([a, b])
        dst = np.concatenate([b, a])
        wt = np.concatenate([w, w])
    else:
        src = dst = np.zeros(0, dtype=np.int64)
        wt = np.zeros(0)
    out_w = np.bincount(src, weights=wt, minlength=n)
    dangling = out_w == 0
    safe = np.where(dangling, 1.0, out_w)
    r = p.copy()
    for _ in range(max_iter):
        share = r / safe
        flow = np.bincount(dst, weights=wt * share[src], minlength=n) if len(src) else np.zeros(n)
        new = alpha * flow + (alpha * r[dangling].sum() + (1.0 - alpha)) * p
        done = np.abs(new - r).sum() < tol * n
        r = new
        if done:
            break
    return r / r.sum()
