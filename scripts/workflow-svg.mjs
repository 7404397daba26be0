// Draws the workflow of a dossier as an SVG image, from core's transition table, with a deterministic layout of
// our own (no browser, no layout library): the same table always gives the same bytes.
//
// Layout. The states that lead somewhere form a column on the left, in the order of the longest path from the
// opening (back edges, such as « seconde année de stage », ignored for the order); the final states form a
// column on the right. Under each state, one row per command that moves the dossier elsewhere: the command,
// and the condition in brackets when several targets exist. From the end of each row, a line joins the lane of
// its target — one vertical lane per target state, between the columns — and the lane ends in an arrow on the
// target; a dot marks where a row joins its lane. Rows never overlap, so every label stays readable; lines may
// cross, a crossing has no dot.
import { etatsDossier, etatsFinaux, transitionTable } from '@tremplin/core';

const FONT = 12;
/** Width of one character of the monospace font, in px (0.6 em, DejaVu Sans Mono / Liberation Mono). */
const CHAR = FONT * 0.6;
const BOX_W = 190;
const BOX_H = 30;
const ROW_H = 20;
const GAP = 22;
const LANE_GAP = 12;
const MARGIN = 20;
const START = 'nouveau';

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The rows that change state, in table order. */
function changes(table) {
  return table.filter((l) => l.de !== l.vers);
}

/** The order of the non-final states: longest path from the opening, back edges ignored. */
function columnOrder(edges, finals) {
  const next = new Map();
  for (const e of edges) next.set(e.de, [...(next.get(e.de) ?? []), e.vers]);
  const back = new Set();
  const onStack = new Set();
  const seen = new Set();
  const visit = (node) => {
    seen.add(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (onStack.has(to)) back.add(`${node}>${to}`);
      else if (!seen.has(to)) visit(to);
    }
    onStack.delete(node);
  };
  visit(START);
  const layer = new Map([[START, 0]]);
  // Bellman-Ford style relaxation on the acyclic rest: at most as many rounds as nodes.
  for (let round = 0; round <= etatsDossier.length; round++) {
    for (const e of edges) {
      if (back.has(`${e.de}>${e.vers}`) || !layer.has(e.de)) continue;
      const candidate = layer.get(e.de) + 1;
      if ((layer.get(e.vers) ?? -1) < candidate) layer.set(e.vers, candidate);
    }
  }
  const rank = (s) => layer.get(s) ?? Number.MAX_SAFE_INTEGER;
  const column = [START, ...etatsDossier.filter((s) => !finals.includes(s))];
  return column.sort((a, b) => rank(a) - rank(b) || column.indexOf(a) - column.indexOf(b));
}

const label = (e) => (e.condition === null ? e.commande : `${e.commande} [${e.condition}]`);

/** Positions of the states, rows and lanes. */
function layout(table) {
  const edges = changes(table);
  const finals = [...etatsFinaux];
  const column = columnOrder(edges, finals);
  const labelWidth = Math.max(...edges.map((e) => label(e).length)) * CHAR;
  const rowX = MARGIN + 24;
  const rowsEnd = rowX + 16 + labelWidth + 8;
  const targets = [...column.filter((s) => s !== START), ...finals].filter((s) =>
    edges.some((e) => e.vers === s),
  );
  const laneX = new Map(targets.map((t, i) => [t, rowsEnd + 16 + i * LANE_GAP]));
  const finalsX = rowsEnd + 16 + targets.length * LANE_GAP + 24;
  const boxes = new Map();
  const rows = [];
  let y = MARGIN;
  for (const state of column) {
    boxes.set(state, { x: MARGIN, y, w: state === START ? BOX_H : BOX_W, h: BOX_H });
    y += BOX_H;
    for (const e of edges.filter((l) => l.de === state)) {
      y += ROW_H;
      rows.push({ edge: e, x: rowX, y, text: label(e) });
    }
    y += GAP;
  }
  const height = y - GAP + MARGIN;
  // The final states, spread over the height, each at the mean height of the rows that reach it if room allows.
  const step = (height - 2 * MARGIN - BOX_H) / Math.max(1, finals.length - 1);
  finals.forEach((state, i) => {
    boxes.set(state, { x: finalsX, y: MARGIN + i * step, w: BOX_W, h: BOX_H });
  });
  return { edges, column, finals, boxes, rows, laneX, rowsEnd, width: finalsX + BOX_W + MARGIN, height };
}

function drawBox(state, box, final) {
  if (state === START) {
    const r = box.h / 2 - 4;
    return `<circle cx="${box.x + box.h / 2}" cy="${box.y + box.h / 2}" r="${r}" fill="#1d3557"><title>ouverture du dossier</title></circle>`;
  }
  const parts = [
    `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="6" fill="${final ? '#f1f1f1' : '#e8f0fb'}" stroke="#1d3557" stroke-width="1.5"/>`,
  ];
  if (final) {
    parts.push(
      `<rect x="${box.x + 3}" y="${box.y + 3}" width="${box.w - 6}" height="${box.h - 6}" rx="4" fill="none" stroke="#1d3557"/>`,
    );
  }
  parts.push(
    `<text x="${box.x + box.w / 2}" y="${box.y + box.h / 2 + FONT * 0.35}" text-anchor="middle" font-weight="bold">${escapeXml(state)}</text>`,
  );
  return `<g class="etat" data-etat="${state}">${parts.join('')}</g>`;
}

/**
 * The workflow diagram as an SVG document.
 *
 * @param {readonly import('@tremplin/core').LigneTransition[]} [table] - the transition table (the workflow's by default).
 * @returns {string} the SVG, without blank lines (it can be inlined in Markdown).
 */
export function renderWorkflowSvg(table = transitionTable) {
  const { column, finals, boxes, rows, laneX, width, height } = layout(table);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="workflow-titre" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans Mono, Liberation Mono, Menlo, Consolas, monospace" font-size="${FONT}" style="max-width: 100%; height: auto; background: #ffffff; color: #1a1a1a">`,
    '<title id="workflow-titre">Diagramme du workflow : les états d’un dossier et les commandes qui le font changer d’état</title>',
    '<defs><marker id="workflow-fleche" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#1d3557"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  // Lanes: from the highest to the lowest point they join, then an arrow into the target.
  for (const [target, x] of laneX) {
    const box = boxes.get(target);
    const entry = box.y + box.h / 2;
    const ys = [entry, ...rows.filter((r) => r.edge.vers === target).map((r) => r.y)];
    const final = finals.includes(target);
    out.push(
      `<g class="voie" data-vers="${target}" fill="none" stroke="#44546a" stroke-width="1.2">`,
      `<path d="M ${x} ${Math.min(...ys)} V ${Math.max(...ys)}"/>`,
      `<path d="M ${x} ${entry} H ${final ? box.x : box.x + box.w}" marker-end="url(#workflow-fleche)"/>`,
      '</g>',
    );
  }
  // Trunks and rows: a line down from each state to its rows, the label, a line to the target's lane.
  for (const state of column) {
    const own = rows.filter((r) => r.edge.de === state);
    if (own.length === 0) continue;
    const box = boxes.get(state);
    const trunkX = box.x + 12;
    out.push(
      `<path d="M ${trunkX} ${box.y + box.h} V ${own.at(-1).y}" fill="none" stroke="#44546a" stroke-width="1.2"/>`,
    );
  }
  for (const row of rows) {
    const lane = laneX.get(row.edge.vers);
    const textEnd = row.x + 16 + row.text.length * CHAR;
    out.push(
      `<g class="transition" data-de="${row.edge.de}" data-vers="${row.edge.vers}">`,
      `<path d="M ${MARGIN + 12} ${row.y} H ${row.x + 12}" fill="none" stroke="#44546a" stroke-width="1.2"/>`,
      `<text x="${row.x + 16}" y="${row.y + FONT * 0.35}">${escapeXml(row.text)}</text>`,
      `<path d="M ${textEnd + 4} ${row.y} H ${lane}" fill="none" stroke="#44546a" stroke-width="1.2" stroke-dasharray="3 2"/>`,
      `<circle cx="${lane}" cy="${row.y}" r="3" fill="#44546a"/>`,
      '</g>',
    );
  }
  for (const [state, box] of boxes) out.push(drawBox(state, box, finals.includes(state)));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
