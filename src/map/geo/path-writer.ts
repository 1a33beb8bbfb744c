/**
 * A d3-geo path context that writes compact SVG path data. Coordinates are snapped to a grid of 1/10^digits
 * pixels and written relative to the previous point (`m` then implicit relative line-tos); points that snap
 * onto the previous one are dropped, and rings that collapse below three points vanish. At the map's
 * 960-pixel width a whole pixel is an invisible step, and this output is well under half the bytes of d3's
 * absolute `digits(1)` strings. Use with `geoPath(projection, new CompactPathWriter())`.
 */
export class CompactPathWriter {
  private out = '';
  private ring: [number, number][] = [];
  /** Where the pen is after the last subpath written (grid units): `m` is relative to it. */
  private penX = 0;
  private penY = 0;
  private readonly scale: number;

  constructor(digits = 0) {
    this.scale = 10 ** digits;
  }

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring = [this.snap(x, y)];
  }

  lineTo(x: number, y: number): void {
    const point = this.snap(x, y);
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }

  closePath(): void {
    this.flush(true);
  }

  /** Point geometries are drawn as markers by the components, never as path data. */
  arc(): void {}

  /** d3 calls this before each point; nothing to do for path data. */
  beginPath(): void {}

  /** The path data written since the last call. */
  result(): string {
    this.flush(false);
    const out = this.out;
    this.out = '';
    this.penX = this.penY = 0;
    return out;
  }

  private snap(x: number, y: number): [number, number] {
    return [Math.round(x * this.scale), Math.round(y * this.scale)];
  }

  private number(v: number): string {
    return String(v / this.scale).replace(/^(-?)0\./, '$1.');
  }

  private flush(closed: boolean): void {
    const points = this.ring;
    this.ring = [];
    if (closed && points.length > 1) {
      const [fx, fy] = points[0]!;
      const [lx, ly] = points[points.length - 1]!;
      if (fx === lx && fy === ly) points.pop();
    }
    if (points.length < (closed ? 3 : 2)) return;
    let text = 'm';
    let [px, py] = [this.penX, this.penY];
    for (const [x, y] of points) {
      for (const n of [this.number(x - px), this.number(y - py)]) {
        text += text.endsWith('m') || n.startsWith('-') ? n : ` ${n}`;
      }
      [px, py] = [x, y];
    }
    if (closed) {
      text += 'z';
      [this.penX, this.penY] = points[0]!;
    } else {
      [this.penX, this.penY] = [px, py];
    }
    this.out += text;
  }
}
