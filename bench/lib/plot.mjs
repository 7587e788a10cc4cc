/**
 * growth.svg, drawn by hand: requests/sec of R1 and R3 against stored tokens (log x-axis), with
 * the floor F measured at each level as a dashed grey line.
 */
const WIDTH = 640;
const HEIGHT = 360;
const PAD = { left: 70, right: 120, top: 40, bottom: 50 };
const SERIES = [
  { key: 'floor', label: 'F floor', color: '#777', dash: '6 4' },
  { key: 'r1', label: 'R1 GET /me', color: '#1f77b4' },
  { key: 'r3', label: 'R3 refresh', color: '#d62728' },
];

const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** @returns {number} 10 × magnitude is always at least `value`, so find() finds one. */
function niceMax(value) {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * magnitude);
  return /** @type {number} */ (steps.find((m) => m >= value));
}

export function growthSvg(growth) {
  const points = growth.flatMap((level) => SERIES.map((s) => level[s.key]?.rps ?? 0));
  const yMax = niceMax(Math.max(...points) * 1.1);
  const xs = growth.map((level) => Math.log10(level.level));
  const xMin = Math.floor(Math.min(...xs));
  const xMax = Math.max(Math.ceil(Math.max(...xs)), xMin + 1);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (level) => PAD.left + ((Math.log10(level) - xMin) / (xMax - xMin)) * plotW;
  const y = (rps) => PAD.top + plotH - (rps / yMax) * plotH;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${PAD.left}" y="22" font-size="14" font-weight="bold">Requests/sec against stored tokens</text>`,
  ];
  for (let i = 0; i <= 5; i += 1) {
    const value = (yMax / 5) * i;
    out.push(
      `<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${y(value)}" y2="${y(value)}" stroke="#eee"/>`,
      `<text x="${PAD.left - 8}" y="${y(value) + 4}" text-anchor="end">${Math.round(value)}</text>`,
    );
  }
  for (let e = xMin; e <= xMax; e += 1) {
    out.push(
      `<line x1="${x(10 ** e)}" x2="${x(10 ** e)}" y1="${PAD.top}" y2="${PAD.top + plotH}" stroke="#eee"/>`,
      `<text x="${x(10 ** e)}" y="${PAD.top + plotH + 18}" text-anchor="middle">10<tspan dy="-6" font-size="9">${e}</tspan></text>`,
    );
  }
  out.push(
    `<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${PAD.top + plotH}" stroke="#333"/>`,
    `<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}" stroke="#333"/>`,
    `<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 10}" text-anchor="middle">stored tokens (rows in oauth_tokens, log scale)</text>`,
    `<text transform="translate(16 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle">requests/sec</text>`,
  );
  SERIES.forEach((series, index) => {
    const pts = growth
      .filter((level) => level[series.key])
      .map((level) => [x(level.level), y(level[series.key].rps), level[series.key].rps]);
    out.push(
      `<polyline fill="none" stroke="${series.color}" stroke-width="2"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''} points="${pts.map(([px, py]) => `${px},${py}`).join(' ')}"/>`,
      ...pts.map(([px, py]) => `<circle cx="${px}" cy="${py}" r="4" fill="${series.color}"/>`),
      ...pts.map(
        ([px, py, rps]) =>
          `<text x="${px + 6}" y="${py - 6}" fill="${series.color}">${Math.round(rps)}</text>`,
      ),
      `<rect x="${PAD.left + plotW + 6}" y="${PAD.top + 10 + index * 18}" width="12" height="3" fill="${series.color}"/>`,
      `<text x="${PAD.left + plotW + 22}" y="${PAD.top + 15 + index * 18}">${esc(series.label)}</text>`,
    );
  });
  out.push('</svg>', '');
  return out.join('\n');
}
