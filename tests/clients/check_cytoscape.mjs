// Client check: graph.cyjs loads in Cytoscape.js (headless, in Node) with the content of
// graph.json: the same node and edge ids, labels, weights and graph attributes.
//
// usage: node check_cytoscape.mjs OUT_DIR...   (each written by `dipgraph graph --format json,cytoscape`)
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import cytoscape from "cytoscape";

for (const dir of process.argv.slice(2)) {
  const cyjs = JSON.parse(readFileSync(join(dir, "graph.cyjs"), "utf8"));
  const nodeLink = JSON.parse(readFileSync(join(dir, "graph.json"), "utf8"));
  const cy = cytoscape({ headless: true, elements: cyjs.elements, data: cyjs.data });

  assert.equal(cy.nodes().length, nodeLink.nodes.length, `${dir}: node count`);
  assert.equal(cy.edges().length, nodeLink.links.length, `${dir}: edge count`);
  for (const n of nodeLink.nodes) {
    const node = cy.getElementById(n.id);
    assert.ok(node.nonempty() && node.isNode(), `${dir}: node ${n.id} missing`);
    assert.equal(node.data("label"), n.label, `${dir}: label of ${n.id}`);
    assert.equal(node.data("kind"), n.kind, `${dir}: kind of ${n.id}`);
  }
  for (const l of nodeLink.links) {
    const edge = cy.getElementById(l.id);
    assert.ok(edge.nonempty() && edge.isEdge(), `${dir}: edge ${l.id} missing`);
    assert.equal(edge.source().id(), l.source, `${dir}: source of ${l.id}`);
    assert.equal(edge.target().id(), l.target, `${dir}: target of ${l.id}`);
    assert.equal(edge.data("weight"), l.weight, `${dir}: weight of ${l.id}`);
  }
  assert.equal(cy.data("article_count"), nodeLink.graph.article_count, `${dir}: graph data`);
  assert.equal(cy.data("level"), nodeLink.graph.level, `${dir}: level`);

  if (nodeLink.graph.level === "person" && !nodeLink.graph.events_as_nodes) {
    const abe = cy.getElementById("abe-shinzo");
    assert.equal(abe.data("label"), "安倍晋三");
    const call = cy.getElementById("contact:abe-shinzo--trump-donald");
    assert.ok(call.data("weight") >= 2 && call.data("types").phone >= 2, "Abe–Trump calls");
    assert.ok(abe.neighborhood(`node[id = "trump-donald"]`).nonempty(), "Trump is Abe's neighbour");
    // The graph algorithms run on it too.
    const path = cy.elements().aStar({ root: "#abe-shinzo", goal: "#trump-donald" });
    assert.ok(path.found && path.distance === 1, "Abe–Trump path");
  }
  console.log(`client check: cytoscape read ${cy.nodes().length} nodes, ${cy.edges().length} edges from ${dir}: ok`);
}
