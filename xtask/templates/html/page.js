// The reference's behaviour: search, language tabs, copy, theme, the
// sidebar's current entry. Everything it needs is in the page.
(function () {
  "use strict";
  var doc = document.documentElement;
  var THEME = "zendesk-reference-theme", LANG = "zendesk-reference-lang";
  function store(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }

  // ------------------------------------------------------------ theme
  var themeButton = document.getElementById("theme");
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function theme() { return doc.getAttribute("data-theme") || (dark && dark.matches ? "dark" : "light"); }
  function showTheme() {
    var t = theme();
    themeButton.textContent = t === "dark" ? "Light theme" : "Dark theme";
    themeButton.setAttribute("aria-label", "Switch to the " + (t === "dark" ? "light" : "dark") + " theme");
  }
  themeButton.addEventListener("click", function () {
    var next = theme() === "dark" ? "light" : "dark";
    doc.setAttribute("data-theme", next);
    store(THEME, next);
    showTheme();
  });
  if (dark && dark.addEventListener) dark.addEventListener("change", showTheme);
  showTheme();

  // ------------------------------------------------------------ languages
  function setLang(lang, remember) {
    doc.setAttribute("data-lang", lang);
    document.querySelectorAll(".tabs [role=tab]").forEach(function (b) {
      var on = b.getAttribute("data-lang") === lang;
      b.setAttribute("aria-selected", on ? "true" : "false");
      b.tabIndex = on ? 0 : -1;
    });
    if (remember) store(LANG, lang);
  }
  document.addEventListener("click", function (e) {
    var tab = e.target.closest(".tabs [role=tab]");
    if (!tab) return;
    // Keep the clicked block where it is while every block switches.
    var before = tab.getBoundingClientRect().top;
    setLang(tab.getAttribute("data-lang"), true);
    window.scrollBy(0, tab.getBoundingClientRect().top - before);
  });
  document.addEventListener("keydown", function (e) {
    var tab = e.target.closest && e.target.closest(".tabs [role=tab]");
    if (!tab || (e.key !== "ArrowRight" && e.key !== "ArrowLeft")) return;
    var tabs = Array.prototype.slice.call(tab.parentNode.querySelectorAll("[role=tab]"));
    var next = tabs[(tabs.indexOf(tab) + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
    setLang(next.getAttribute("data-lang"), true);
    next.focus();
  });
  setLang(doc.getAttribute("data-lang") || "curl", false);

  // ------------------------------------------------------------ copy
  // A whole program: the language's set-up, a blank line, the call
  // (indented as the language needs), the set-up's end. `cargo xtask
  // calls` runs the same (xtask/src/docs/calls/mod.rs, `program`).
  function program(lang, call) {
    var setup = document.querySelector('.setup[data-lang="' + lang + '"]');
    if (!setup) return call;
    var pad = " ".repeat(Number(setup.getAttribute("data-indent")) || 0);
    var body = call.split("\n").map(function (line) { return line ? pad + line : line; }).join("\n");
    return setup.querySelector('[data-part="head"]').textContent + "\n" + body + setup.querySelector('[data-part="tail"]').textContent;
  }
  function copied(button, ok) {
    button.textContent = ok ? "Copied" : "Copy failed";
    setTimeout(function () { button.textContent = "Copy"; }, 1500);
  }
  document.addEventListener("click", function (e) {
    var button = e.target.closest(".copy");
    if (!button) return;
    var sample = button.closest(".sample");
    var text = program(sample.getAttribute("data-lang"), sample.querySelector("pre").textContent);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { copied(button, true); }, function () { copied(button, fallbackCopy(text)); });
    } else {
      copied(button, fallbackCopy(text));
    }
  });
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  // ------------------------------------------------------------ download
  var download = document.getElementById("download-spec");
  download.addEventListener("click", function () {
    var yaml = document.getElementById("openapi-yaml").textContent.replace(/^\n/, "");
    download.href = URL.createObjectURL(new Blob([yaml], { type: "application/yaml" }));
  });

  // ------------------------------------------------------------ search
  var input = document.getElementById("search");
  var results = document.getElementById("results");
  var entries = JSON.parse(document.getElementById("search-index").textContent).map(function (e) {
    return { kind: e[0], anchor: e[1], title: e[2], detail: e[3], text: e[4],
      t: e[2].toLowerCase(), d: e[3].toLowerCase(), x: e[4].toLowerCase() };
  });
  var KIND = { operation: 8, guide: 5, tag: 4, schema: 4, error: 3, parameter: 1, property: 0, deviation: 0 };
  function startsWord(text, word) {
    var i = text.indexOf(word);
    while (i > 0 && /[a-z0-9]/.test(text.charAt(i - 1))) i = text.indexOf(word, i + 1);
    return i >= 0;
  }
  function find(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var found = [];
    entries.forEach(function (e) {
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var w = words[i], s = 0;
        if (e.t === w) s = 100;
        else if (e.t.indexOf(w) === 0) s = 60;
        else if (startsWord(e.t, w)) s = 45;
        else if (e.t.indexOf(w) >= 0) s = 30;
        else if (startsWord(e.d, w)) s = 20;
        else if (e.d.indexOf(w) >= 0) s = 12;
        else if (startsWord(e.x, w)) s = 6;
        else if (e.x.indexOf(w) >= 0) s = 3;
        if (!s) return;
        score += s;
      }
      // Of equal matches, the shorter title is the closer one.
      found.push([score + (KIND[e.kind] || 0) - e.t.length / 100, e]);
    });
    found.sort(function (a, b) { return b[0] - a[0]; });
    return found.slice(0, 40).map(function (f) { return f[1]; });
  }
  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
  }
  function highlight(text, words) {
    var html = escapeHtml(text);
    words.forEach(function (w) {
      var re = new RegExp("(" + escapeHtml(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ")", "ig");
      html = html.replace(re, "<mark>$1</mark>");
    });
    return html;
  }
  function snippet(text, words) {
    var lower = text.toLowerCase(), at = -1;
    words.some(function (w) { at = lower.indexOf(w); return at >= 0; });
    if (at < 0) return text.slice(0, 110);
    var start = Math.max(0, at - 40);
    return (start > 0 ? "…" : "") + text.slice(start, start + 120);
  }
  var selected = -1;
  function select(i) {
    var items = results.querySelectorAll("li[role=option]");
    if (!items.length) return;
    selected = (i + items.length) % items.length;
    items.forEach(function (li, n) { li.setAttribute("aria-selected", n === selected ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", items[selected].id);
    items[selected].scrollIntoView({ block: "nearest" });
  }
  function show(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    var found = find(query);
    selected = -1;
    input.removeAttribute("aria-activedescendant");
    if (!words.length) { close(); return; }
    results.innerHTML = found.length ? found.map(function (e, i) {
      return '<li role="option" id="result-' + i + '" aria-selected="false"><a href="#' + e.anchor + '" data-kind="' + e.kind + '">' +
        '<span class="kind">' + e.kind + '</span><span class="what"><strong>' + highlight(e.title, words) + "</strong>" +
        '<span class="detail">' + highlight(e.detail, words) + "</span>" +
        (e.text ? '<span class="snippet">' + highlight(snippet(e.text, words), words) + "</span>" : "") + "</span></a></li>";
    }).join("") : '<li class="none">Nothing found for “' + escapeHtml(query) + '”.</li>';
    results.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (found.length) select(0);
  }
  function close() {
    results.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }
  function remember(query) {
    // The address says the search, so that it can be shared.
    try {
      var url = new URL(location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      history.replaceState(null, "", url.pathname + url.search + url.hash);
    } catch (e) { /* some file:// contexts refuse */ }
  }
  function follow(a) {
    close();
    remember(input.value);
    location.hash = a.getAttribute("href").slice(1);
    var target = document.getElementById(a.getAttribute("href").slice(1));
    if (target) {
      var details = target.closest("details");
      if (details) details.open = true;
      target.scrollIntoView();
    }
  }
  input.addEventListener("input", function () { show(input.value); remember(input.value); });
  input.addEventListener("focus", function () { if (input.value) show(input.value); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); select(selected + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); select(selected - 1); }
    else if (e.key === "Enter") {
      var li = results.querySelectorAll("li[role=option]")[selected];
      if (li) { e.preventDefault(); follow(li.querySelector("a")); }
    } else if (e.key === "Escape") {
      if (!results.hidden) close(); else { input.value = ""; remember(""); input.blur(); }
    }
  });
  results.addEventListener("click", function (e) {
    var a = e.target.closest("a");
    if (a) { e.preventDefault(); follow(a); }
  });
  document.addEventListener("click", function (e) {
    if (!e.target.closest(".search")) close();
  });
  document.addEventListener("keydown", function (e) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  input.disabled = false;
  doc.setAttribute("data-search-ready", String(Math.round(performance.now())));
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    show(initial);
    input.focus();
  }

  // ------------------------------------------------------------ sidebar
  var links = {};
  document.querySelectorAll("nav#sidebar a[data-target]").forEach(function (a) { links[a.getAttribute("data-target")] = a; });
  var current = null;
  function mark(id) {
    var a = links[id];
    if (!a || a === current) return;
    if (current) current.removeAttribute("aria-current");
    a.setAttribute("aria-current", "true");
    current = a;
    var nav = document.getElementById("sidebar"), box = a.getBoundingClientRect(), view = nav.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) a.scrollIntoView({ block: "nearest" });
  }
  var sections = Array.prototype.slice.call(document.querySelectorAll("main > section[id], main"))
    .filter(function (s) { return links[s.id]; });
  function onScroll() {
    // The last section whose top is above a fifth of the window.
    var line = window.innerHeight / 5, id = null;
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].getBoundingClientRect().top <= line) id = sections[i].id; else if (id) break;
    }
    if (id) mark(id);
  }
  var pending = false;
  window.addEventListener("scroll", function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; onScroll(); });
  }, { passive: true });
  window.addEventListener("hashchange", onScroll);
  onScroll();
})();
