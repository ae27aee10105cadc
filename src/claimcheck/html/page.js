
(function () {
  "use strict";
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }
  function clear() {
    all(".hl").forEach(function (el) { el.classList.remove("hl"); });
    all(".pinned").forEach(function (el) { el.classList.remove("pinned"); });
    all(".finding.selected").forEach(function (el) { el.classList.remove("selected"); });
  }
  function ids(el, name) { return (el.getAttribute(name) || "").split(" ").filter(Boolean); }
  function selectFinding(item) {
    var was = item.classList.contains("selected");
    clear();
    if (was) { return; }
    item.classList.add("selected");
    var first = null;
    ids(item, "data-claims").forEach(function (n) {
      all('.claim[data-claim="' + n + '"], .claim-row[data-claim="' + n + '"]').forEach(function (el) {
        el.classList.add("hl");
        if (!first && el.classList.contains("claim")) { first = el; }
      });
    });
    if (first && first.scrollIntoView) { first.scrollIntoView({block: "center"}); }
  }
  function selectClaim(el) {
    clear();
    var n = el.getAttribute("data-claim");
    el.classList.add("pinned");
    all('[data-claim="' + n + '"]').forEach(function (c) {
      if (c.classList.contains("claim") || c.classList.contains("claim-row")) { c.classList.add("hl"); }
    });
    ids(el, "data-findings").forEach(function (k) {
      var f = document.getElementById("finding-" + k);
      if (f) { f.classList.add("hl"); }
    });
  }
  function focusSpeaker(item) {
    var article = document.querySelector(".article");
    var n = item.getAttribute("data-speaker");
    var on = !item.classList.contains("focus");
    all(".legend-item.focus, .quote.focus").forEach(function (el) { el.classList.remove("focus"); });
    article.classList.toggle("focus", on);
    if (!on) { return; }
    item.classList.add("focus");
    all('.quote[data-speaker="' + n + '"]').forEach(function (q) { q.classList.add("focus"); });
  }
  function activate(el, fn) {
    el.addEventListener("click", function (ev) {
      if (ev.target.closest && ev.target.closest("a") && el.classList.contains("finding")) { ev.preventDefault(); }
      fn(el);
    });
    el.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); fn(el); }
    });
  }
  all(".finding").forEach(function (el) { activate(el, selectFinding); });
  all(".article .claim").forEach(function (el) { activate(el, selectClaim); });
  all(".legend-item").forEach(function (el) { activate(el, focusSpeaker); });
})();
