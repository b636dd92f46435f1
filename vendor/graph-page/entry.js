// The libraries graph.html uses, bundled into one IIFE (graph-page.min.js) that sets
// window.DipgraphVendor. Rebuild with `npm ci && npm run build` (see README.md).
import Graph from "graphology";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
import fa2Worker from "graphology-layout-forceatlas2/webworker.js";
import { graphToByteArrays, createWorker } from "graphology-layout-forceatlas2/helpers.js";

window.DipgraphVendor = { Graph, Sigma, forceAtlas2, fa2Worker, graphToByteArrays, createWorker };
