// Test-page helper (an external module: the page's CSP allows no inline script).
// Sets a matrix as the `data` property — before or after the elements are defined, both work —
// and lists the elements' events.
const matrix = document.getElementById('from-property');
matrix.data = {
  queryTokens: ['the', 'cat', 'sat'],
  weights: [
    [1, 0, 0],
    [0.3, 0.7, 0],
    [0.1, 0.6, 0.3],
  ],
};

const list = document.getElementById('events');
for (const type of ['tensorscope-load', 'tensorscope-error', 'tensorscope-select', 'tensorscope-statechange']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} from #${event.target.id}`;
    item.dataset.type = type;
    item.dataset.target = event.target.id;
    list.append(item);
  });
}
