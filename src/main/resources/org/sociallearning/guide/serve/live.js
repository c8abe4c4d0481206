// Live reload for `guide serve`: reloads the page after a successful rebake, and shows the
// problems of a failed one on top of the page (the previous site stays served).
(function () {
  "use strict";
  var panel = null;
  function show(problems) {
    if (!panel) {
      panel = document.createElement("div");
      panel.setAttribute("role", "alert");
      panel.id = "guide-preview-problems";
      var s = panel.style;
      s.position = "fixed"; s.left = "0"; s.right = "0"; s.bottom = "0"; s.zIndex = "1000";
      s.maxHeight = "50vh"; s.overflow = "auto"; s.margin = "0"; s.padding = "1rem";
      s.background = "#2b0d0d"; s.color = "#fff"; s.font = "14px/1.4 monospace"; s.whiteSpace = "pre-wrap";
      document.body.appendChild(panel);
    }
    panel.textContent = "The last bake failed; this page is the previous version.\n\n" + problems.join("\n");
  }
  var events = new EventSource("/__guide/events");
  events.addEventListener("reload", function () { window.location.reload(); });
  events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
})();
