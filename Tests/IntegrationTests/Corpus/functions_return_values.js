// Functions without return, with bare return, and with early return.
function noReturn() { var x = 1; }
function bareReturn() { return; }
function early(n) {
  if (n > 0) return 'positive';
  console.log('  (fell through for', n + ')');
}
console.log(noReturn(), bareReturn());
console.log(early(1));
console.log(early(-1));
// typeof of the results.
console.log(typeof noReturn(), typeof bareReturn());
// Returning each kind of value.
function kinds(k) {
  if (k === 0) return 1;
  if (k === 1) return 'str';
  if (k === 2) return true;
  if (k === 3) return null;
  if (k === 4) return [1, 2];
  if (k === 5) return { a: 1 };
  if (k === 6) return kinds;
  return undefined;
}
for (var i = 0; i < 8; i++) {
  console.log(i, typeof kinds(i));
}
console.log(kinds(4), kinds(5), kinds(6) === kinds);
// Returning a function and calling the result directly.
function pick(flag) {
  if (flag) return function (x) { return x + 1; };
  return function (x) { return x - 1; };
}
console.log(pick(true)(10), pick(false)(10));
// A returned object used immediately.
function makePoint(x, y) { return { x: x, y: y }; }
console.log(makePoint(3, 4).x + makePoint(3, 4).y, makePoint(1, 2));
