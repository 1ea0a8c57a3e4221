// Tillsyn: a little progressive enhancement of the review form. Everything works without it.
// Keys on the review page: 1–9 choose the values of the criterion in focus in scale order
// (and j/d/n/e ja/delvis/nej/ej tillämpligt where the scale has them); f takes the
// screening's suggested evidence; ↓/↑ move between criteria; Esc in a text box goes back to
// the choice; Ctrl+Enter submits (and goes on to the next case of the queue), Ctrl+S saves
// a draft; Shift+N opens the next case of the queue. No single letter leaves the page.
// Every change is kept on the server as a draft within a second (see saveDraft in
// web/items.go); leaving with a change not yet kept asks first.
(function () {
  "use strict";
  var form = document.getElementById("scoreform");
  var next = document.getElementById("next-link");
  var err = document.getElementById("felmeddelande");
  if (!form) { if (err) { err.focus(); } return; }

  var crits = Array.prototype.slice.call(form.querySelectorAll("fieldset.criterion"));
  var status = document.getElementById("autosave");

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

  // Drafts: the form as it stands, posted a moment after each change.
  var dirty = false, leaving = false, timer = null, inflight = null;
  function body() { return new URLSearchParams(new FormData(form)); }
  function saveDraft() {
    if (timer) { clearTimeout(timer); timer = null; }
    if (!dirty) { return inflight || Promise.resolve(); }
    dirty = false;
    var p = fetch(form.getAttribute("data-draft"), { method: "POST", body: body(), credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) {
        return r.json().then(function (j) {
          if (!r.ok) { throw new Error(j.error || ("HTTP " + r.status)); }
          if (status) { status.textContent = "Utkast sparat " + j.saved + "."; }
        });
      })
      .catch(function (e) {
        dirty = true;
        if (status) { status.textContent = "Utkastet kunde inte sparas: " + e.message + ". Använd Spara utkast."; }
      });
    var mine = p.then(function () { if (inflight === mine) { inflight = null; } });
    inflight = mine;
    return mine;
  }
  function changed() {
    dirty = true;
    if (status) { status.textContent = "Ändrat, sparas …"; }
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(saveDraft, 600);
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function () { leaving = true; });
  window.addEventListener("beforeunload", function (ev) {
    if (leaving || (!dirty && !inflight)) { return; }
    ev.preventDefault();
    ev.returnValue = "";
  });
  // a tab closed right after a keystroke: send what is there
  window.addEventListener("pagehide", function () {
    if (dirty && !leaving && navigator.sendBeacon) { navigator.sendBeacon(form.getAttribute("data-draft"), body()); dirty = false; }
  });
  if (next) {
    next.addEventListener("click", function (ev) {
      if (!dirty && !inflight) { return; }
      ev.preventDefault();
      saveDraft().then(function () { if (!dirty) { leaving = true; window.location.href = next.href; } });
    });
  }

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

  // "Använd förslaget": the screening's evidence pages (and checklist) into the fields.
  function useSuggestion(fs) {
    var b = fs && fs.querySelector("[data-use-suggestion]");
    if (!b) { return false; }
    var pages = fs.querySelector("input[name^=pages_]");
    if (pages && b.getAttribute("data-pages")) { pages.value = b.getAttribute("data-pages"); }
    var els = b.getAttribute("data-elements");
    if (els !== null && els !== "") {
      Array.prototype.forEach.call(fs.querySelectorAll("fieldset.checklist input[type=checkbox]"), function (c) { c.checked = els.indexOf(c.value) >= 0; });
    }
    changed();
    return true;
  }
  Array.prototype.forEach.call(form.querySelectorAll("[data-use-suggestion]"), function (b) {
    b.parentNode.hidden = false;
    b.addEventListener("click", function () { useSuggestion(critOf(b)); });
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
    if (ev.key === "N" && ev.shiftKey && next) { ev.preventDefault(); next.click(); return; }
    var fs = critOf(el);
    if (!fs) { return; } // outside the form no single key does anything
    var i = crits.indexOf(fs);
    if (ev.key === "ArrowDown") { ev.preventDefault(); if (!focusCrit(i + 1)) { var b = document.getElementById("submit"); if (b) { b.focus(); } } return; }
    if (ev.key === "ArrowUp") { ev.preventDefault(); focusCrit(i - 1); return; }
    if (ev.shiftKey) { return; }
    if (ev.key === "f" && el && el.type === "radio") { if (useSuggestion(fs)) { ev.preventDefault(); } return; }
    if (!el || el.type !== "radio") { return; } // a checkbox or button: its own keys
    var rs = radios(fs);
    if (rs.indexOf(el) < 0) { return; } // the handover question: its own radios
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

  // Keyboard from the first second: the error list after a failed save, otherwise the first
  // criterion without a choice (or the first).
  if (err) { err.focus(); return; }
  var first = 0;
  for (var j = 0; j < crits.length; j++) {
    if (!radios(crits[j]).some(function (r) { return r.checked; })) { first = j; break; }
  }
  focusCrit(first);
})();
