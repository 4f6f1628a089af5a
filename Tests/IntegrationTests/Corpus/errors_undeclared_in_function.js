// A ReferenceError thrown deep inside nested calls, after several lines of output.
var base = 10;
function level3(n) {
  if (n > 2) return base + n + missingName;
  return base + n;
}
function level2(n) {
  return level3(n) * 2;
}
function level1(n) {
  var r = level2(n);
  console.log('level1', n, r);
  return r;
}
// typeof inside a function does not throw either.
function probe() {
  return typeof missingName;
}
console.log(probe());
var results = [];
for (var n = 0; n < 5; n++) {
  results.push(level1(n));
  console.log('results', results.length);
}
console.log(results);
console.log('never printed');
