// Tillsyn: a little progressive enhancement of the review form. Everything works without it.
// Keys on the review page: 1–9 choose the values of the criterion in focus in scale order
// (and j/d/n/e ja/delvis/nej/ej tillämpligt where the scale has them); ↓/↑ move between criteria; Esc in a text box goes back to the choice;
// Ctrl+Enter submits, Ctrl+S saves a draft; Shift+N (or n outside the form) opens the next
// unscored case.
(function () {
  "use strict";
  var form = document.getElementById("scoreform");
  var next = document.getElementById("next-link");
  var err = document.getElementById("felmeddelande");
  if (err) { err.focus(); }
  if (!form) { return; }

  var crits = Array.prototype.slice.call(form.querySelectorAll("fieldset.criterion"));

  function critOf(el) { return el && el.closest ? el.closest("fieldset.criterion") : null; }
  function radios(fs) { return Array.prototype.slice.call(fs.querySelectorAll("fieldset.scale input[type=radio]")); }
  function focusCrit(i) {
    if (i < 0 || i >= crits.length) { return false; }
    var rs = radios(crits[i]);
    var target = rs.filter(function (r) { return r.checked; })[0] || rs[0];
    if (target) { target.focus(); crits[i].scrollIntoView({ block: "nearest" }); }
    return true;
  }
  function isText(el) {
    return el && (el.tagName === "TEXTAREA" || el.tagName === "SELECT" || (el.tagName === "INPUT" && el.type !== "radio" && el.type !== "checkbox"));
  }
  function press(id) { var b = document.getElementById(id); if (b) { b.click(); } }

  // A checklist follows its criterion's verdict: the first value of the scale (ja) means
  // every element is there, a missing value (nej) that none is; the reviewer unticks or
  // ticks what differs (the server refuses a verdict that contradicts the ticks without a
  // comment that explains).
  form.addEventListener("change", function (ev) {
    var t = ev.target;
    if (!t || t.type !== "radio" || t.name.indexOf("verdict_") !== 0) { return; }
    var fs = critOf(t);
    var list = fs && fs.querySelector("fieldset.checklist[data-best]");
    if (!list) { return; }
    var missing = (list.getAttribute("data-missing") || "").split(" ");
    var best = t.value === list.getAttribute("data-best");
    if (best || missing.indexOf(t.value) >= 0) {
      Array.prototype.forEach.call(list.querySelectorAll("input[type=checkbox]"), function (b) { b.checked = best; });
    }
  });

  // keyIndex is the radio a key chooses: a digit its place on the scale, a letter the value
  // that carries it (data-key).
  function keyIndex(rs, key) {
    if (key >= "1" && key <= "9") { return Number(key) - 1; }
    for (var i = 0; i < rs.length; i++) { if (rs[i].getAttribute("data-key") === key) { return i; } }
    return undefined;
  }

  document.addEventListener("keydown", function (ev) {
    var el = document.activeElement;
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter") { ev.preventDefault(); press("submit"); return; }
    if ((ev.ctrlKey || ev.metaKey) && (ev.key === "s" || ev.key === "S")) { ev.preventDefault(); press("draft"); return; }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (isText(el)) {
      if (ev.key === "Escape") { var f = critOf(el); if (f) { ev.preventDefault(); focusCrit(crits.indexOf(f)); } }
      return;
    }
    var fs = critOf(el);
    if (ev.key === "N" && ev.shiftKey && next) { ev.preventDefault(); next.click(); return; }
    if (!fs) {
      if (ev.key === "n" && next) { ev.preventDefault(); next.click(); }
      return;
    }
    var i = crits.indexOf(fs);
    if (ev.key === "ArrowDown") { ev.preventDefault(); if (!focusCrit(i + 1)) { var b = document.getElementById("submit"); if (b) { b.focus(); } } return; }
    if (ev.key === "ArrowUp") { ev.preventDefault(); focusCrit(i - 1); return; }
    if (ev.shiftKey) { return; }
    var rs = radios(fs);
    var k = keyIndex(rs, ev.key.toLowerCase());
    if (k === undefined || !rs[k]) { return; }
    ev.preventDefault();
    rs[k].checked = true;
    rs[k].dispatchEvent(new Event("change", { bubbles: true }));
    if (k === 0) {
      if (!focusCrit(i + 1)) { var s = document.getElementById("submit"); if (s) { s.focus(); } }
    } else {
      var c = fs.querySelector("textarea");
      if (c) { c.focus(); }
    }
  });
})();
