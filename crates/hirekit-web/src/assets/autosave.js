// Saves the scorecard draft a few seconds after the interviewer stops typing, so that a closed
// tab or a lost connection costs little. Optional: the form's own "Save draft" button does the
// same without this script. The CSRF token is the form's own hidden field, sent as a header.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) {
    return;
  }
  var url = form.getAttribute("data-autosave");
  var status = document.getElementById("autosave-status");
  var timer = null;
  var WAIT_MS = 3000;

  function save() {
    timer = null;
    var data = new URLSearchParams(new FormData(form));
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-CSRF-Token": data.get("csrf") || ""
      },
      body: data.toString()
    }).then(function (response) {
      if (response.status === 204 && status) {
        var now = new Date();
        var hh = String(now.getHours()).padStart(2, "0");
        var mm = String(now.getMinutes()).padStart(2, "0");
        status.textContent = status.getAttribute("data-saved-label") + " " + hh + ":" + mm;
      }
    }).catch(function () {
      // Offline or refused: the buttons still work; nothing to show beyond the last save.
    });
  }

  function later() {
    if (timer !== null) {
      clearTimeout(timer);
    }
    timer = setTimeout(save, WAIT_MS);
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);
  // A real submit replaces any pending autosave.
  form.addEventListener("submit", function () {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  });
})();
