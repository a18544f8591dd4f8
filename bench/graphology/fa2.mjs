// graphology's ForceAtlas2 on the graph LayoutBench wrote (bench/run.sh writes it to
// target-bench/bench-graph.json): the same nodes, starting positions, pinned nodes and merged, weighted
// edges that Gephi gets, and comparable settings (Barnes-Hut with Gephi's theta, scalingRatio 10,
// gravity 1, edgeWeightInfluence 1). Times each call of the library's own iteration function on the
// matrices it builds once, as its synchronous layout does, and prints ms per iteration as LayoutBench
// reports Teixit's: the best mean of `block` consecutive iterations (after `warmUp` untimed ones).
//
//   node fa2.mjs [GRAPH.json]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

const require = createRequire(import.meta.url);
const iterate = require('graphology-layout-forceatlas2/iterate.js');
const helpers = require('graphology-layout-forceatlas2/helpers.js');
const DEFAULTS = require('graphology-layout-forceatlas2/defaults.js');

const file = process.argv[2] ?? new URL('../../target-bench/bench-graph.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8'));

function load() {
  const graph = new UndirectedGraph();
  for (const [id, x, y, fixed] of data.nodes) {
    graph.addNode(id, { x, y, fixed });
  }
  for (const [source, target, weight] of data.edges) {
    graph.addEdge(source, target, { weight });
  }
  return graph;
}

const settings = { ...DEFAULTS, ...data.settings };
const graph = load();
const pkg = require('graphology-layout-forceatlas2/package.json');
console.log(`graphology-layout-forceatlas2 ${pkg.version} on node ${process.version}: ` +
  `${graph.order} nodes, ${graph.size} edges, settings ${JSON.stringify(data.settings)}`);

const matrices = helpers.graphToByteArrays(graph, (edge, attr) => attr.weight);
for (let i = 0; i < data.warmUp; i++) {
  iterate(settings, matrices.nodes, matrices.edges);
}
const times = [];
for (let i = 0; i < data.iterations; i++) {
  const start = performance.now();
  iterate(settings, matrices.nodes, matrices.edges);
  times.push(performance.now() - start);
}
const block = data.block ?? 5;
let best = Infinity;
for (let from = 0; from + block <= times.length; from += block) {
  let sum = 0;
  for (let i = from; i < from + block; i++) sum += times[i];
  best = Math.min(best, sum / block);
}
times.sort((a, b) => a - b);
const mid = times.length >> 1;
const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
console.log(`  iterate(): best ${block}-iteration mean ${best.toFixed(1)} ms; median ${median.toFixed(1)} ms, ` +
  `min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms over ${times.length} ` +
  `iterations (after ${data.warmUp} warm-up iterations)`);

// The public entry point for comparison: builds the matrices, runs, and writes positions back.
const n = data.warmUp + data.iterations;
const fresh = load();
const start = performance.now();
forceAtlas2.assign(fresh, { iterations: n, settings: data.settings, getEdgeWeight: 'weight' });
const whole = (performance.now() - start) / n;
console.log(`  forceAtlas2.assign(graph, {iterations: ${n}}): ${whole.toFixed(1)} ms per iteration, all included`);
console.log(`ms_per_iteration=${best.toFixed(4)}`);
