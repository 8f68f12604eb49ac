// Applies a what-if as soon as a switch or the scenario changes: the engine is warm, so waiting for a button
// press only slows the analyst down. Without JavaScript the "Show" button does the same.
(function () {
  var form = document.getElementById('whatif');
  if (!form) { return; }
  form.addEventListener('change', function () { form.submit(); });
})();
