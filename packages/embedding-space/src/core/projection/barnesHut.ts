/**
 * Barnes–Hut repulsion for t-SNE (van der Maaten 2014): a quadtree (2-D) or octree (3-D) over the
 * current layout, rebuilt every iteration in flat typed arrays (no object per node; leaves hold up
 * to 8 points), and a walk that replaces a whole cell by its centre of mass when the cell is small
 * seen from the points it acts on: `cell width / distance < θ`. Nearby points share one walk (a
 * group of up to 64 points in 2-D, 128 in 3-D, distance taken from the group's bounding box, so each point's error
 * is at most that of its own walk). θ = 0 opens every cell, so the sums are exact.
 */

/** Deepest cell level; points that still share a cell there (or sit on the same spot) are listed together. */
const MAX_DEPTH = 48;

/** Points a leaf holds before it splits. */
const LEAF_SIZE = 8;

/**
 * Most points in a group that shares one interaction list: larger groups walk the tree less often
 * but sum more pairs exactly (fastest at 20 000 points among 16–256, per dimension count; the approximation
 * only gets more accurate as groups grow).
 */
const GROUP_SIZE = { 2: 64, 3: 128 } as const;

/** `array` copied into one twice as long. */
function grown(array: Float64Array): Float64Array {
  const fresh = new Float64Array(array.length * 2);
  fresh.set(array);
  return fresh;
}

/**
 * Repulsive sums of the t-SNE gradient for every point, approximated with a Barnes–Hut tree:
 * writes `out[i] = Σ_{j≠i} w_ij² (y_i − y_j)` and returns `Z = Σ_{i≠j} w_ij`, where
 * `w_ij = 1 / (1 + |y_i − y_j|²)`. The gradient's repulsive term is `out[i] / Z`.
 */
export type RepulsionFunction = (y: Float64Array, theta: number, out: Float64Array) => number;

/**
 * A Barnes–Hut repulsion for `n` points in `dims` dimensions. The tree's arrays are kept between
 * calls (and grown when a layout needs more cells), so an iteration allocates nothing.
 */
export function createBarnesHut(n: number, dims: 2 | 3): RepulsionFunction {
  const fanout = 1 << dims;
  const groupSize = GROUP_SIZE[dims];
  let capacity = Math.max(64, 4 * n);
  let firstChild = new Int32Array(capacity);
  let count = new Int32Array(capacity);
  let head = new Int32Array(capacity);
  let half = new Float64Array(capacity);
  let centre = new Float64Array(capacity * dims);
  let com = new Float64Array(capacity * dims);
  const next = new Int32Array(n);
  /** The points in tree order (groups contiguous); the next build inserts in this order. */
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const stack = new Int32Array(MAX_DEPTH * fanout + 8);
  let used = 0;

  const grow = () => {
    capacity *= 2;
    const resize = <T extends Int32Array | Float64Array>(old: T, size: number): T => {
      const fresh = new (old.constructor as new (length: number) => T)(size);
      fresh.set(old);
      return fresh;
    };
    firstChild = resize(firstChild, capacity);
    count = resize(count, capacity);
    head = resize(head, capacity);
    half = resize(half, capacity);
    centre = resize(centre, capacity * dims);
    com = resize(com, capacity * dims);
  };

  /** Makes `fanout` empty children of `node`; returns the first one's index. */
  const split = (node: number): number => {
    while (used + fanout > capacity) grow();
    const first = used;
    used += fanout;
    const h = (half[node] as number) / 2;
    for (let c = 0; c < fanout; c++) {
      const child = first + c;
      firstChild[child] = -1;
      count[child] = 0;
      head[child] = -1;
      half[child] = h;
      for (let a = 0; a < dims; a++) {
        centre[child * dims + a] = (centre[node * dims + a] as number) + ((c >> a) & 1 ? h : -h);
        com[child * dims + a] = 0;
      }
    }
    firstChild[node] = first;
    return first;
  };

  const build = (y: Float64Array) => {
    // Root: the bounding square (cube) of all points, a little enlarged.
    let extent = 0;
    used = 1;
    for (let a = 0; a < dims; a++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < n; i++) {
        const v = y[i * dims + a] as number;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      centre[a] = (lo + hi) / 2;
      extent = Math.max(extent, hi - lo);
    }
    half[0] = (extent / 2) * (1 + 1e-6) + 1e-12;
    firstChild[0] = -1;
    count[0] = 0;
    head[0] = -1;
    for (let a = 0; a < dims; a++) com[a] = 0;

    // Points go in in the previous iteration's tree order: consecutive inserts take nearly the
    // same path, so the walk down stays in cache.
    for (let t = 0; t < n; t++) {
      const p = order[t] as number;
      let node = 0;
      let depth = 0;
      for (;;) {
        count[node]!++;
        let c = 0;
        const first = firstChild[node] as number;
        for (let a = 0; a < dims; a++) {
          const v = y[p * dims + a] as number;
          com[node * dims + a]! += v;
          if (v >= (centre[node * dims + a] as number)) c |= 1 << a;
        }
        if (first >= 0) {
          node = first + c;
          depth++;
          continue;
        }
        // A leaf: keep up to LEAF_SIZE points (any number at the deepest level) in its list.
        if ((count[node] as number) <= LEAF_SIZE || depth >= MAX_DEPTH) {
          next[p] = head[node] as number;
          head[node] = p;
          break;
        }
        // Split a full leaf: its points move to the children, then p goes on down.
        const inner = split(node);
        let q = head[node] as number;
        head[node] = -1;
        while (q >= 0) {
          const following = next[q] as number;
          let k = 0;
          for (let a = 0; a < dims; a++)
            if ((y[q * dims + a] as number) >= (centre[node * dims + a] as number)) k |= 1 << a;
          for (let a = 0; a < dims; a++) com[(inner + k) * dims + a]! += y[q * dims + a] as number;
          count[inner + k]!++;
          next[q] = head[inner + k] as number;
          head[inner + k] = q;
          q = following;
        }
        node = inner + c;
        depth++;
      }
    }
    for (let node = 0; node < used; node++) {
      const c = count[node] as number;
      if (c > 0) for (let a = 0; a < dims; a++) com[node * dims + a] = (com[node * dims + a] as number) / c;
    }
  };

  // Grouped walk (Barnes 1990): nearby points share one interaction list. A group is a cell with
  // at most `groupSize` points; a cell joins the list as one mass when it is small seen from anywhere
  // in the group's bounding box (stricter than from each point, so never less accurate), leaves
  // that are opened join point by point, and pairs inside the group are summed exactly.
  const groupStart: number[] = [];
  const groupNode: number[] = [];
  const lo = new Float64Array(dims);
  const hi = new Float64Array(dims);
  let list: Float64Array = new Float64Array(1024 * (dims + 1));

  const collectGroups = () => {
    groupStart.length = 0;
    groupNode.length = 0;
    let filled = 0;
    let sp = 0;
    stack[sp++] = 0;
    const pending: number[] = [];
    while (sp > 0) {
      const node = stack[--sp] as number;
      if ((count[node] as number) === 0) continue;
      const first = firstChild[node] as number;
      if (first >= 0 && (count[node] as number) > groupSize) {
        for (let c = fanout - 1; c >= 0; c--) stack[sp++] = first + c;
        continue;
      }
      groupStart.push(filled);
      groupNode.push(node);
      pending.push(node);
      while (pending.length > 0) {
        const cell = pending.pop() as number;
        const inner = firstChild[cell] as number;
        if (inner >= 0) {
          for (let c = fanout - 1; c >= 0; c--) if ((count[inner + c] as number) > 0) pending.push(inner + c);
        } else {
          for (let q = head[cell] as number; q >= 0; q = next[q] as number) order[filled++] = q;
        }
      }
    }
    groupStart.push(filled);
  };

  const walk = (y: Float64Array, theta2: number, out: Float64Array): number => {
    collectGroups();
    let z = 0;
    const groups = groupNode.length;
    for (let g = 0; g < groups; g++) {
      const own = groupNode[g] as number;
      const from = groupStart[g] as number;
      const to = groupStart[g + 1] as number;
      for (let a = 0; a < dims; a++) {
        lo[a] = Infinity;
        hi[a] = -Infinity;
      }
      for (let t = from; t < to; t++) {
        const p = order[t] as number;
        for (let a = 0; a < dims; a++) {
          const v = y[p * dims + a] as number;
          if (v < (lo[a] as number)) lo[a] = v;
          if (v > (hi[a] as number)) hi[a] = v;
        }
      }
      // The interaction list: (position…, mass) per entry.
      let size = 0;
      let sp = 0;
      stack[sp++] = 0;
      while (sp > 0) {
        const node = stack[--sp] as number;
        if (node === own) continue;
        const first = firstChild[node] as number;
        if (first >= 0 || (count[node] as number) > 1) {
          let d2 = 0;
          let inside = true;
          for (let a = 0; a < dims; a++) {
            const c = com[node * dims + a] as number;
            const gap =
              c < (lo[a] as number) ? (lo[a] as number) - c : c > (hi[a] as number) ? c - (hi[a] as number) : 0;
            d2 += gap * gap;
            const offset = (centre[own * dims + a] as number) - (centre[node * dims + a] as number);
            if (offset < -(half[node] as number) || offset >= (half[node] as number)) inside = false;
          }
          const width = 2 * (half[node] as number);
          if (!inside && width * width < theta2 * d2) {
            if ((size + 1) * (dims + 1) > list.length) list = grown(list);
            for (let a = 0; a < dims; a++) list[size * (dims + 1) + a] = com[node * dims + a] as number;
            list[size * (dims + 1) + dims] = count[node] as number;
            size++;
            continue;
          }
          if (first >= 0) {
            for (let k = first; k < first + fanout; k++) if ((count[k] as number) > 0) stack[sp++] = k;
            continue;
          }
        }
        for (let q = head[node] as number; q >= 0; q = next[q] as number) {
          if ((size + 1) * (dims + 1) > list.length) list = grown(list);
          for (let a = 0; a < dims; a++) list[size * (dims + 1) + a] = y[q * dims + a] as number;
          list[size * (dims + 1) + dims] = 1;
          size++;
        }
      }
      z += dims === 2 ? apply2(y, list, size, from, to, out) : apply3(y, list, size, from, to, out);
    }
    return z;
  };

  /** Forces on the group's points from the list and from each other (2-D); returns their part of Z. */
  const apply2 = (
    y: Float64Array,
    entries: Float64Array,
    size: number,
    from: number,
    to: number,
    out: Float64Array,
  ) => {
    let z = 0;
    for (let t = from; t < to; t++) {
      const i = order[t] as number;
      const xi = y[2 * i] as number;
      const yi = y[2 * i + 1] as number;
      let fx = 0;
      let fy = 0;
      for (let e = 0; e < 3 * size; e += 3) {
        const dx = xi - (entries[e] as number);
        const dy = yi - (entries[e + 1] as number);
        const m = entries[e + 2] as number;
        const w = 1 / (1 + dx * dx + dy * dy);
        const mw = m * w;
        z += mw;
        fx += mw * w * dx;
        fy += mw * w * dy;
      }
      for (let u = from; u < to; u++) {
        const j = order[u] as number;
        if (j === i) continue;
        const dx = xi - (y[2 * j] as number);
        const dy = yi - (y[2 * j + 1] as number);
        const w = 1 / (1 + dx * dx + dy * dy);
        z += w;
        fx += w * w * dx;
        fy += w * w * dy;
      }
      out[2 * i] = fx;
      out[2 * i + 1] = fy;
    }
    return z;
  };

  /** As {@link apply2}, in 3-D. */
  const apply3 = (
    y: Float64Array,
    entries: Float64Array,
    size: number,
    from: number,
    to: number,
    out: Float64Array,
  ) => {
    let z = 0;
    for (let t = from; t < to; t++) {
      const i = order[t] as number;
      const xi = y[3 * i] as number;
      const yi = y[3 * i + 1] as number;
      const zi = y[3 * i + 2] as number;
      let fx = 0;
      let fy = 0;
      let fz = 0;
      for (let e = 0; e < 4 * size; e += 4) {
        const dx = xi - (entries[e] as number);
        const dy = yi - (entries[e + 1] as number);
        const dz = zi - (entries[e + 2] as number);
        const m = entries[e + 3] as number;
        const w = 1 / (1 + dx * dx + dy * dy + dz * dz);
        const mw = m * w;
        z += mw;
        fx += mw * w * dx;
        fy += mw * w * dy;
        fz += mw * w * dz;
      }
      for (let u = from; u < to; u++) {
        const j = order[u] as number;
        if (j === i) continue;
        const dx = xi - (y[3 * j] as number);
        const dy = yi - (y[3 * j + 1] as number);
        const dz = zi - (y[3 * j + 2] as number);
        const w = 1 / (1 + dx * dx + dy * dy + dz * dz);
        z += w;
        fx += w * w * dx;
        fy += w * w * dy;
        fz += w * w * dz;
      }
      out[3 * i] = fx;
      out[3 * i + 1] = fy;
      out[3 * i + 2] = fz;
    }
    return z;
  };

  return (y, theta, out) => {
    build(y);
    return walk(y, theta * theta, out);
  };
}

/** The same sums as {@link createBarnesHut}, computed exactly over all pairs (O(n²)). */
export function exactRepulsion(y: Float64Array, n: number, dims: 2 | 3, out: Float64Array): number {
  out.fill(0);
  let z = 0;
  if (dims === 2) {
    for (let i = 0; i < n; i++) {
      const xi = y[2 * i] as number;
      const yi = y[2 * i + 1] as number;
      let rx = 0;
      let ry = 0;
      for (let j = i + 1; j < n; j++) {
        const dx = xi - (y[2 * j] as number);
        const dy = yi - (y[2 * j + 1] as number);
        const w = 1 / (1 + dx * dx + dy * dy);
        z += w;
        const w2 = w * w;
        rx += w2 * dx;
        ry += w2 * dy;
        out[2 * j]! -= w2 * dx;
        out[2 * j + 1]! -= w2 * dy;
      }
      out[2 * i]! += rx;
      out[2 * i + 1]! += ry;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const xi = y[3 * i] as number;
      const yi = y[3 * i + 1] as number;
      const zi = y[3 * i + 2] as number;
      let rx = 0;
      let ry = 0;
      let rz = 0;
      for (let j = i + 1; j < n; j++) {
        const dx = xi - (y[3 * j] as number);
        const dy = yi - (y[3 * j + 1] as number);
        const dz = zi - (y[3 * j + 2] as number);
        const w = 1 / (1 + dx * dx + dy * dy + dz * dz);
        z += w;
        const w2 = w * w;
        rx += w2 * dx;
        ry += w2 * dy;
        rz += w2 * dz;
        out[3 * j]! -= w2 * dx;
        out[3 * j + 1]! -= w2 * dy;
        out[3 * j + 2]! -= w2 * dz;
      }
      out[3 * i]! += rx;
      out[3 * i + 1]! += ry;
      out[3 * i + 2]! += rz;
    }
  }
  return 2 * z;
}
