// Try it, on the simulator that serves this page: each form sends its
// operation's request to this origin, with an access token minted from the
// simulator's OAuth client (client credentials), and shows the answer. Only
// the simulator's page has it; the reference opened from disk has no form.
(function () {
  "use strict";
  var minted = null; // { token, until, key }
  function value(id) { return document.getElementById(id).value; }
  function accessToken() {
    var key = value("try-client-id") + "\n" + value("try-client-secret") + "\n" + value("try-scopes");
    if (minted && minted.key === key && Date.now() < minted.until) return Promise.resolve(minted.token);
    var status = document.getElementById("try-token-status");
    return fetch("/oauth/tokens", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials", client_id: value("try-client-id"),
        client_secret: value("try-client-secret"), scope: value("try-scopes"), expires_in: 1800 }),
    }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok || !body.access_token) throw new Error("POST /oauth/tokens answered " + r.status + " " + JSON.stringify(body));
        minted = { token: body.access_token, key: key, until: Date.now() + 1000 * ((body.expires_in || 1800) - 60) };
        status.textContent = "Token minted: scopes " + body.scope + ", for " + (body.expires_in || "?") + " s.";
        return minted.token;
      });
    });
  }
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
    var headers = {};
    if (textarea && textarea.value.trim()) { body = textarea.value; headers["Content-Type"] = "application/json"; }
    var qs = query.toString().replace(/%2C/g, ",");
    var url = path + (qs ? "?" + qs : "");
    var answer = form.parentNode.querySelector(".answer");
    var status = answer.querySelector(".answer-status");
    answer.hidden = false;
    status.textContent = form.getAttribute("data-method") + " " + url + " …";
    answer.querySelector(".answer-headers").textContent = "";
    answer.querySelector(".answer-body").textContent = "";
    var authenticated = form.getAttribute("data-authenticated") === "true";
    (authenticated ? accessToken() : Promise.resolve(null)).then(function (token) {
      if (token) headers.Authorization = "Bearer " + token;
      return fetch(url, { method: form.getAttribute("data-method"), headers: headers, body: body });
    }).then(function (r) {
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
