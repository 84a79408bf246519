"""Node positions and importance for the HTML view, computed in Python with numpy.

The browser must not run a physics simulation on large graphs (thousands of
nodes would keep the page busy for many seconds), so positions are computed
here and vis-network only draws them.  networkx's ``spring_layout`` is not
used: above 500 nodes it needs SciPy (not a kg dependency), and its dense
solver takes several seconds on 2,000 nodes.  Instead:

* each connected component is laid out on its own.  Small ones (news graphs
  have many pairs and little stars) get a radial tree around their best-
  connected node, no iterations.  Big ones start from a pivot-MDS embedding
  (hop distances to a few pivots, two principal axes: the global shape in
  milliseconds) refined by a few dozen Fruchterman–Reingold steps whose
  repulsion is exact for nearby nodes (a grid finds them) and goes through
  cell centroids for far ones, so a step costs about O(n + cells²), not O(n²);
* components are packed in rows, biggest first, so small pairs sit in a tidy
  block next to the main component instead of flying off.

Everything is seeded: the same graph always gets the same picture.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: Distance between connected nodes, in vis-network canvas pixels.
EDGE_LENGTH = 110.0

_DENSE_LIMIT = 400  # below this component size, exact O(n²) repulsion is cheap
_RADIAL_LIMIT = 40  # up to this component size, a radial tree layout (no iterations)




def components(n: int, edges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components (union–find), biggest first, members in index order."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _repulsion_dense(pos: np.ndarray, k2: float) -> np.ndarray:
    """Exact FR repulsion k²·δ/|δ|², in row blocks to stay in cache."""
    m = len(pos)
    out = np.empty_like(pos)
    x, y = pos[:, 0], pos[:, 1]
    block = 256
    for s in range(0, m, block):
        dx = x[s : s + block, None] - x[None, :]
        dy = y[s : s + block, None] - y[None, :]
        d2 = dx * dx
        d2 += dy * dy
        d2 += 1e-4
        np.divide(k2, d2, out=d2)
        out[s : s + block, 0] = np.einsum("ij,ij->i", dx, d2)
        out[s : s + block, 1] = np.einsum("ij,ij->i", dy, d2)
    return out


def _repulsion_grid(pos: np.ndarray, k2: float) -> np.ndarray:
    """Approximate FR repulsion k²·δ/|δ|²: exact between nodes of the same or
    adjacent grid cells, cell-to-cell (through population-weighted centroids)
    beyond.  O(n + cells²) per call instead of O(n²)."""
    m = len(pos)
    g = int(min(48, max(4, np.sqrt(m / 5))))  # ~5 nodes per cell on average
    x, y = pos[:, 0], pos[:, 1]
    # grid over the 2nd–98th percentiles: a few far-flung nodes must not squeeze
    # everybody else into a handful of cells (outliers go to the border cells)
    lo = np.percentile(pos, 2, axis=0)
    span = np.maximum(np.percentile(pos, 98, axis=0) - lo, 1e-6)
    cxy = np.clip((g * (pos - lo) / span).astype(np.int64), 0, g - 1)
    cell = cxy[:, 0] * g + cxy[:, 1]
    ncell = g * g
    count = np.bincount(cell, minlength=ncell)
    order = np.argsort(cell, kind="stable")
    start = np.concatenate([[0], np.cumsum(count)[:-1]])
    idx = np.arange(m)

    # near field: each unordered pair once (own cell j>i, then 4 of the 8 neighbours)
    ii_parts, jj_parts = [], []
    for ox, oy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
        cx, cy = cxy[:, 0] + ox, cxy[:, 1] + oy
        ok = (cx >= 0) & (cx < g) & (cy >= 0) & (cy < g)
        nb = np.where(ok, cx * g + cy, 0)
        cnt = np.where(ok, count[nb], 0)
        total = int(cnt.sum())
        if total == 0:
            continue
        ii = np.repeat(idx, cnt)
        offs = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        jj = order[np.repeat(start[nb], cnt) + offs]
        if ox == 0 and oy == 0:
            keep = jj > ii
            ii, jj = ii[keep], jj[keep]
        ii_parts.append(ii)
        jj_parts.append(jj)
    out = np.zeros_like(pos)
    if ii_parts:
        ii = np.concatenate(ii_parts)
        jj = np.concatenate(jj_parts)
        dx = x[ii] - x[jj]
        dy = y[ii] - y[jj]
        s = k2 / (dx * dx + dy * dy + 1e-4)
        fx, fy = dx * s, dy * s
        out[:, 0] = np.bincount(ii, weights=fx, minlength=m) - np.bincount(jj, weights=fx, minlength=m)
        out[:, 1] = np.bincount(ii, weights=fy, minlength=m) - np.bincount(jj, weights=fy, minlength=m)

    # far field: cell centroid to cell centroid, for cells more than one apart
    occ = np.nonzero(count)[0]
    mass = count[occ].astype(float)
    cen_x = np.bincount(cell, weights=x, minlength=ncell)[occ] / mass
    cen_y = np.bincount(cell, weights=y, minlength=ncell)[occ] / mass
    ocx, ocy = occ // g, occ % g
    far = (np.abs(ocx[:, None] - ocx[None, :]) > 1) | (np.abs(ocy[:, None] - ocy[None, :]) > 1)
    dx = cen_x[:, None] - cen_x[None, :]
    dy = cen_y[:, None] - cen_y[None, :]
    w = np.where(far, mass[None, :] * k2 / (dx * dx + dy * dy + 1e-4), 0.0)
    far_force = np.zeros((ncell, 2))
    far_force[occ, 0] = (dx * w).sum(axis=1)
    far_force[occ, 1] = (dy * w).sum(axis=1)
    out += far_force[cell]
    return out


def _bfs(adj: list[list[int]], source: int) -> list[int]:
    """Hop distances from ``source`` (-1: unreachable)."""
    dist = [-1] * len(adj)
    dist[source] = 0
    frontier = [source]
    level = 0
    while frontier:
        level += 1
        nxt = []
        for u in frontier:
            for v in adj[u]:
                if dist[v] < 0:
                    dist[v] = level
                    nxt.append(v)
        frontier = nxt
    return dist


def _pivot_mds(m: int, edges: np.ndarray, rng: np.random.Generator, pivots: int = 24) -> np.ndarray:
    """Initial positions by high-dimensional embedding (Harel & Koren): hop
    distances to farthest-first pivots, projected on their two principal axes.
    Gives the global shape in a few milliseconds; FR then fixes the details."""
    adj: list[list[int]] = [[] for _ in range(m)]
    for a, b in edges.tolist():
        adj[a].append(b)
        adj[b].append(a)
    k = min(pivots, m)
    dists = np.empty((k, m))
    nearest = np.full(m, np.inf)
    pivot = max(range(m), key=lambda i: len(adj[i]))  # start from the best-connected node
    used = 0
    for i in range(k):
        d = np.asarray(_bfs(adj, pivot), dtype=float)
        dists[i] = d
        used = i + 1
        nearest = np.minimum(nearest, d)
        pivot = int(np.argmax(nearest))
        if nearest[pivot] <= 0:
            break
    x = dists[:used].T
    x = x - x.mean(axis=0)
    _, vecs = np.linalg.eigh(x.T @ x)
    if vecs.shape[1] < 2:
        return rng.random((m, 2))
    pos = x @ vecs[:, [-1, -2]]
    return pos if np.isfinite(pos).all() else rng.random((m, 2))


def _radial(m: int, edges: np.ndarray) -> np.ndarray:
    """A small component as rings around its best-connected node: BFS level L on
    a circle of radius ≥ L, each ring ordered by the angle of the parents."""
    adj: list[list[int]] = [[] for _ in range(m)]
    for a, b in edges.tolist():
        adj[a].append(b)
        adj[b].append(a)
    root = max(range(m), key=lambda i: (len(adj[i]), -i))
    pos = np.zeros((m, 2))
    angle = {root: 0.0}
    ring = [root]
    seen = {root}
    level = 0
    while True:
        nxt: list[tuple[float, int]] = []
        for u in ring:
            for v in sorted(adj[u]):
                if v not in seen:
                    seen.add(v)
                    nxt.append((angle[u], v))
        if not nxt:
            break
        level += 1
        nxt.sort()
        count = len(nxt)
        radius = max(float(level), count / (2 * np.pi) * 1.1)
        offset = nxt[0][0]
        for j, (_, v) in enumerate(nxt):
            angle[v] = offset + 2 * np.pi * j / count
            pos[v] = radius * np.cos(angle[v]), radius * np.sin(angle[v])
        ring = [v for _, v in nxt]
    return pos


def _fr_component(
    m: int, edges: np.ndarray, weights: np.ndarray, rng: np.random.Generator, iterations: int
) -> np.ndarray:
    """Fruchterman–Reingold for one connected component, ideal edge length 1."""
    if m == 1:
        return np.zeros((1, 2))
    if m == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    if m <= _RADIAL_LIMIT:
        return _radial(m, edges)
    k = 1.0
    k2 = k * k
    radius = np.sqrt(m / (2 * np.pi))  # rms radius of m nodes spread one unit apart
    pos = _pivot_mds(m, edges, rng)
    pos -= pos.mean(axis=0)
    rms = np.sqrt((pos * pos).sum(axis=1).mean())
    pos *= radius / max(rms, 1e-9)
    pos += rng.normal(scale=0.3, size=pos.shape)  # separate nodes with identical distances
    t = radius / 6.0
    dt = t / (iterations + 1)
    a, b = edges[:, 0], edges[:, 1]
    w = np.minimum(weights, 4.0)  # many events on one edge pull a bit harder, not endlessly
    repulse = _repulsion_dense if m <= _DENSE_LIMIT else _repulsion_grid
    for _ in range(iterations):
        disp = repulse(pos, k2)
        if len(a):
            d = pos[a] - pos[b]
            dist = np.sqrt((d * d).sum(axis=1)) + 1e-9
            f = d * (w * dist / k)[:, None]  # attraction d²/k along the edge
            disp[:, 0] -= np.bincount(a, weights=f[:, 0], minlength=m)
            disp[:, 1] -= np.bincount(a, weights=f[:, 1], minlength=m)
            disp[:, 0] += np.bincount(b, weights=f[:, 0], minlength=m)
            disp[:, 1] += np.bincount(b, weights=f[:, 1], minlength=m)
        # gentle gravity keeps leaves and loose clusters from drifting apart
        disp -= 0.05 * (pos - pos.mean(axis=0))
        length = np.sqrt((disp * disp).sum(axis=1))
        step = np.minimum(length, t) / np.maximum(length, 1e-9)
        pos += disp * step[:, None]
        t -= dt
    return pos - pos.mean(axis=0)


def layout(
    n: int,
    edges: Sequence[tuple[int, int, float]],
    *,
    seed: int = 7,
    iterations: int | None = None,
    scale: float = EDGE_LENGTH,
) -> np.ndarray:
    """Positions (n×2, canvas pixels) for nodes ``0..n-1`` joined by ``(a, b, weight)`` edges."""
    if n == 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng(seed)
    pairs = [(a, b) for a, b, _ in edges if a != b]
    comps = components(n, pairs)
    where = np.empty(n, dtype=np.int64)  # node → index inside its component
    comp_of = np.empty(n, dtype=np.int64)
    for ci, members in enumerate(comps):
        comp_of[members] = ci
        where[members] = np.arange(len(members))
    per_comp: list[list[tuple[int, int, float]]] = [[] for _ in comps]
    for a, b, wt in edges:
        if a != b:
            per_comp[comp_of[a]].append((int(where[a]), int(where[b]), float(wt)))

    boxes: list[np.ndarray] = []
    for ci, members in enumerate(comps):
        m = len(members)
        its = iterations if iterations is not None else (60 if m <= _DENSE_LIMIT else 40 if m <= 1000 else 30)
        if per_comp[ci]:
            arr = np.asarray(per_comp[ci], dtype=float)
            e, w = arr[:, :2].astype(np.int64), arr[:, 2]
        else:
            e, w = np.zeros((0, 2), dtype=np.int64), np.zeros(0)
        boxes.append(_fr_component(m, e, w, rng, its))

    # shelf packing: biggest component first, rows of roughly square total extent
    margin = 1.5  # room for labels between packed components
    sizes = [(p.max(axis=0) - p.min(axis=0)) + margin for p in boxes]
    total_area = sum(float(s[0] * s[1]) for s in sizes)
    row_width = max(float(sizes[0][0]), np.sqrt(total_area) * 1.1)
    out = np.zeros((n, 2))
    x = y = row_h = 0.0
    for members, p, s in zip(comps, boxes, sizes):
        if x > 0 and x + s[0] > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        out[members] = p - p.min(axis=0) + np.array([x, y]) + margin / 2
        x += float(s[0])
        row_h = max(row_h, float(s[1]))
    out -= out.mean(axis=0)
    return np.round(out * scale, 1)
