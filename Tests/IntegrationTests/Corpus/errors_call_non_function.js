// Calling a number stored in a variable is a TypeError named after the callee expression.
var calls = 0;
function twice(x) {
  calls++;
  return x * 2;
}
var f = 3;
console.log('f holds', f, typeof f);
console.log(twice(f), twice(twice(f)), calls);
// Reassigning a function variable to other values; typeof follows along.
var g = twice;
console.log(typeof g, g(21));
g = 'twice';
console.log(typeof g, g.length);
g = null;
console.log(typeof g, g === null);
// A loop that calls through a table of values, stopping before the bad entry.
var table = [twice, twice, 7];
for (var i = 0; i < 2; i++) {
  console.log('entry', i, table[i](i + 10));
}
console.log('calls so far', calls);
// Now call the number: everything above stays printed.
function runner(n) {
  console.log('runner got', n);
  return f(n);
}
console.log(runner(5));
console.log('never printed');
