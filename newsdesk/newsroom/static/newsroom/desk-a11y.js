// Names for the controls that Django admin's widgets and the rich-text editor build without one
// (axe-core: label, aria-input-field-name, aria-prohibited-attr). They are added after page load,
// so new nodes are named as they appear.
"use strict";
(function () {
  const labelFor = function (id) {
    const label = id && document.querySelector('label[for="' + id + '"]');
    return label ? label.textContent.replace(/[:\s]+$/, "").trim() : "";
  };
  const name = function (root) {
    root.querySelectorAll(".select2-search__field:not([aria-label])").forEach(function (field) {
      const container = field.closest(".select2-container");
      const select = container && container.previousElementSibling;
      field.setAttribute("aria-label", "Search " + (labelFor(select && select.id) || "choices"));
    });
    root.querySelectorAll("[contenteditable=true]:not([aria-label])").forEach(function (area) {
      const row = area.closest("[class*=field-]");
      const textarea = row && row.querySelector("textarea");
      area.setAttribute("aria-label", labelFor(textarea && textarea.id) || "Text");
    });
    // SelectFilter's search icons carry aria-label on a plain span: give them a role that allows it.
    root.querySelectorAll(".help-tooltip[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  };
  document.addEventListener("DOMContentLoaded", function () {
    name(document);
    new MutationObserver(function () {
      name(document);
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
