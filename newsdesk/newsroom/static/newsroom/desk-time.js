// Django admin's date-time inputs are read in the site's zone, and their "Now" link already
// gives the site's time; its "You are N hours behind server time" note only confuses an editor
// in another zone. Say instead, plainly, which zone every desk time is in.
"use strict";
(function (script) {
  if (!window.DateTimeShortcuts) {
    return;
  }
  const zone = (script && script.dataset.zone) || "the site's zone";
  window.DateTimeShortcuts.addTimezoneWarning = function (input) {
    if (input.parentNode.querySelector(".desk-zone-note")) {
      return;
    }
    const note = document.createElement("span");
    note.className = "help desk-zone-note";
    note.textContent = "Time in " + zone + ", the site's zone.";
    input.parentNode.appendChild(document.createElement("br"));
    input.parentNode.appendChild(note);
  };
})(document.currentScript);
