// Try it, on the simulator that serves this page: each form sends its
// operation's request to this origin and shows the answer. Only the
// simulator's page has it; the reference opened from disk has no form.
(function () {
  "use strict";
  document.addEventListener("submit", function (e) {
    var form = e.target.closest(".try-it form");
    if (!form) return;
    e.preventDefault();
    var path = form.getAttribute("data-path"), query = new URLSearchParams(), body = null;
    form.querySelectorAll("input[data-in]").forEach(function (input) {
      var name = input.name, value = input.value;
      if (input.getAttribute("data-in") === "path") path = path.replace("{" + name + "}", encodeURIComponent(value));
      else if (value !== "") query.append(name, value);
    });
    var textarea = form.querySelector("textarea[name=body]");
    var headers = { Authorization: "Bearer " + document.getElementById("try-token").value };
    if (textarea && textarea.value.trim()) { body = textarea.value; headers["Content-Type"] = "application/json"; }
    var qs = query.toString().replace(/%2C/g, ",");
    var url = path + (qs ? "?" + qs : "");
    var answer = form.parentNode.querySelector(".answer");
    var status = answer.querySelector(".answer-status");
    answer.hidden = false;
    status.textContent = form.getAttribute("data-method") + " " + url + " …";
    answer.querySelector(".answer-headers").textContent = "";
    answer.querySelector(".answer-body").textContent = "";
    fetch(url, { method: form.getAttribute("data-method"), headers: headers, body: body }).then(function (r) {
      var lines = [];
      r.headers.forEach(function (value, name) { lines.push(name + ": " + value); });
      return r.text().then(function (text) {
        status.textContent = r.status + " " + r.statusText;
        status.setAttribute("data-status", String(r.status));
        answer.querySelector(".answer-headers").textContent = lines.sort().join("\n");
        try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (err) { /* not JSON: as it is */ }
        answer.querySelector(".answer-body").textContent = text || "(no body)";
      });
    }, function (err) {
      status.textContent = "The request failed: " + err;
    });
  });
})();
