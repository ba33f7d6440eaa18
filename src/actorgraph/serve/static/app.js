// The overview network: fetch /api/network with the page's filters (type, modality, the
// dates of the window, anonymous sources), draw it with cytoscape. An edge is the clusters
// of one type between two actors: its width grows with them, its label counts them.
// Labels are drawn on a canvas and the status line is set with textContent: corpus text
// never becomes markup here.
(function () {
  "use strict";
  var TYPE_COLOURS = {
    AGREE: "#2e7d32", CONSULT: "#1565c0", SUPPORT: "#66bb6a", CONCEDE: "#9ccc65",
    COOPERATE: "#00897b", AID: "#26a69a", RETREAT: "#8d6e63", REQUEST: "#5c6bc0",
    ACCUSE: "#ef6c00", REJECT: "#f9a825", THREATEN: "#d84315", PROTEST: "#ab47bc",
    SANCTION: "#6d4c41", MOBILIZE: "#546e7a", COERCE: "#c62828", ASSAULT: "#b71c1c"
  };
  var HEDGED = ["reported", "believed", "hypothetical", "future", "requested", "unconfirmed"];
  var DENIED = ["negated", "denied"];

  function colourOf(key) {
    var h = 0, s = String(key || "?");
    for (var i = 0; i < s.length; i++) { h = (h * 31 + s.charCodeAt(i)) % 360; }
    return "hsl(" + h + ", 55%, 55%)";
  }

  var holder = document.getElementById("graph");
  var status = document.getElementById("graph-status");
  if (!holder) { return; }
  var query = holder.getAttribute("data-query") || "";
  var params = new URLSearchParams(query);
  Array.from(params.keys()).forEach(function (k) { if (!params.get(k)) { params.delete(k); } });

  fetch("/api/network?" + params.toString())
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(function (net) {
      var maxMentions = Math.max.apply(null, [1].concat(net.nodes.map(function (n) { return n.mentions; })));
      var elements = net.nodes.map(function (n) {
        return { data: { id: n.id, label: n.name, country: n.country || n.sector || n.kind,
                         size: 18 + 42 * Math.sqrt(n.mentions / maxMentions) } };
      });
      var maxClusters = Math.max.apply(null, [1].concat(net.edges.map(function (e) { return e.clusters; })));
      net.edges.forEach(function (e, i) {
        elements.push({ data: { id: "e" + i, source: e.source, target: e.target, type: e.type,
                                modality: e.modality, clusters: e.clusters, sources: e.sources,
                                width: 1.5 + 4.5 * Math.sqrt(e.clusters / maxClusters),
                                label: e.type + (e.clusters > 1 ? " ×" + e.clusters : "") } });
      });
      var cy = cytoscape({
        container: holder, elements: elements, wheelSensitivity: 0.2,
        layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000 },
        style: [
          { selector: "node", style: {
              "label": "data(label)", "width": "data(size)", "height": "data(size)",
              "background-color": function (n) { return colourOf(n.data("country")); },
              "font-size": 11, "text-valign": "bottom", "text-margin-y": 4 } },
          { selector: "edge", style: {
              "curve-style": "bezier", "target-arrow-shape": "triangle", "width": "data(width)",
              "line-color": function (e) { return TYPE_COLOURS[e.data("type")] || "#999"; },
              "target-arrow-color": function (e) { return TYPE_COLOURS[e.data("type")] || "#999"; },
              "font-size": 8, "label": "data(label)", "text-rotation": "autorotate",
              "color": "#555" } },
          { selector: "edge[modality = 'asserted']", style: { "line-style": "solid" } }
        ].concat(HEDGED.map(function (m) {
          return { selector: "edge[modality = '" + m + "']", style: { "line-style": "dashed" } };
        })).concat(DENIED.map(function (m) {
          return { selector: "edge[modality = '" + m + "']",
                   style: { "line-style": "dotted", "target-arrow-shape": "tee" } };
        }))
      });
      cy.on("tap", "node", function (evt) {
        window.location.href = "/actors/" + encodeURIComponent(evt.target.id());
      });
      window.actorgraph = { cy: cy };
      status.textContent = net.nodes.length + " actors, " + net.edges.length + " links";
      holder.setAttribute("data-ready", "true");
    })
    .catch(function (err) { status.textContent = "Could not load the network: " + err.message; });
})();
