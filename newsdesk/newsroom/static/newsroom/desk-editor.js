// Live character counts under the headline and standfirst: past the advised length, search
// results and social cards cut the text, so the count turns to a warning.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
 document.querySelectorAll("[data-desk-count]").forEach(function (field) {
  const advised = Number(field.dataset.deskCount);
  const counter = document.createElement("div");
  counter.className = "help desk-count";
  counter.setAttribute("aria-live", "polite");
  field.insertAdjacentElement("afterend", counter);
  const show = function () {
    const length = field.value.length;
    counter.textContent = length + " characters (advised at most " + advised + ")";
    counter.classList.toggle("desk-count-over", length > advised);
  };
  field.addEventListener("input", show);
  show();
});
});
