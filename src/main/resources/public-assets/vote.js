// Optional help on the ballot: the form works without it. As boxes are ticked it updates the count or
// what is left of the budget, and stops a tick that would break the rules (too many, or over budget).
(function () {
  var form = document.getElementById('ballot');
  if (!form) return;
  var format = form.dataset.format, max = +form.dataset.max, points = +form.dataset.points;
  var budget = +form.dataset.budget, digits = +form.dataset.digits;
  var status = document.getElementById('ballot-status');
  var lang = document.documentElement.lang;
  var number = new Intl.NumberFormat(lang, {maximumFractionDigits: 2});
  var amount = new Intl.NumberFormat(lang, {minimumFractionDigits: digits, maximumFractionDigits: digits});
  // written as the server writes money in this language (order, spaces, bidi isolate), only the number changes
  function money(x) { return form.dataset.money.replace('{n}', amount.format(x)); }
  function fill(values) {
    return status.dataset.pattern.replace(/\{(\d)\}/g, function (_, i) { return values[+i]; });
  }
  function update() {
    var items = form.querySelectorAll('.ballot-item');
    if (format === 'CUMULATIVE') {
      var given = 0;
      form.querySelectorAll('input.points').forEach(function (p) { given += Math.max(0, +p.value || 0); });
      status.textContent = fill([number.format(given), number.format(points)]);
      return;
    }
    var count = 0, spent = 0;
    items.forEach(function (li) {
      var box = li.querySelector('input[type=checkbox]');
      if (box.checked) { count++; spent += +li.dataset.cost; }
    });
    var left = budget - spent;
    items.forEach(function (li) {
      var box = li.querySelector('input[type=checkbox]');
      var fits = box.checked || (format !== 'KNAPSACK' || +li.dataset.cost <= left + 1e-9);
      li.classList.toggle('no-fit', !fits);
      box.disabled = !box.checked && (!fits || (format === 'APPROVAL' && count >= max));
    });
    status.textContent = format === 'KNAPSACK'
      ? fill([money(spent), money(budget), money(left)])
      : fill([number.format(count), number.format(max)]);
  }
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  update();
})();
