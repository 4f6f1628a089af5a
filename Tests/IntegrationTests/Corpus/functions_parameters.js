// Parameters: missing ones are undefined, extra arguments are ignored, params shadow globals.
function show(a, b, c) {
  return typeof a + ' ' + typeof b + ' ' + typeof c;
}
console.log(show(), show(1), show(1, 'x'), show(1, 'x', true), show(1, 'x', true, null));
function sum3(a, b, c) {
  return a + b + c;
}
console.log(sum3(1, 2, 3), sum3(1, 2), sum3('a', 'b'), sum3(1, 2, 3, 4, 5));
// Testing for a missing argument.
function withDefault(x, fallback) {
  if (fallback === undefined) fallback = 'none';
  return x === undefined ? fallback : x;
}
console.log(withDefault(), withDefault(0), withDefault(undefined, 'fb'), withDefault(null, 'fb'), withDefault(false));
// Extra arguments are still evaluated, left to right.
var trace = '';
function t(tag) {
  trace += tag;
  return tag;
}
function first(x) {
  return x;
}
console.log(first(t('a'), t('b'), t('c')), trace);
// Parameters shadow globals of the same name.
var x = 'global x';
var count = 100;
function shadowing(x, count) {
  count = count + 1;
  return x + ':' + count;
}
console.log(shadowing('param', 1), x, count);
console.log(shadowing(), x, count);
// Assigning to a parameter does not affect the argument variable.
function clobber(v) {
  v = 'changed';
  return v;
}
var keep = 'kept';
console.log(clobber(keep), keep);
// A parameter used before and after reassignment.
function step(n) {
  var before = n;
  n = n * 2;
  n++;
  return before + '->' + n;
}
console.log(step(5), step(-0.5), step('3'));
// Many parameters.
function many(a, b, c, d, e, f, g, h) {
  return [a, b, c, d, e, f].join(',') + '|' + g + '|' + h;
}
console.log(many(1, 2, 3, 4, 5, 6, 7, 8));
console.log(many(1, 2, 3));
// Functions called with a different number of arguments at one call site.
function countDefined(a, b, c) {
  var n = 0;
  if (a !== undefined) n++;
  if (b !== undefined) n++;
  if (c !== undefined) n++;
  return n;
}
var calls = [countDefined(), countDefined(1), countDefined(1, 2), countDefined(1, 2, 3), countDefined(1, 2, 3, 4)];
console.log(calls);
