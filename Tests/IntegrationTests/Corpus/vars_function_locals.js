// Each call gets its own locals; recursion does not clobber them.
function depthSum(n) {
  var local = n * 10;
  let blockVal = 0;
  if (n > 0) {
    blockVal = depthSum(n - 1);
  }
  return local + blockVal;
}
console.log(depthSum(5));
// Locals with the same names in different functions.
function a() { var x = 1; let y = 2; return x + y; }
function b() { var x = 10; let y = 20; return x * y + a(); }
console.log(a(), b());
// Parameters are locals too: assigning one does not affect the caller.
function mutate(p) {
  p = p + 1;
  return p;
}
var orig = 5;
console.log(mutate(orig), orig);
// But mutating an object parameter is visible to the caller.
function touch(o) { o.touched = true; o = { replaced: true }; return o; }
var obj = { touched: false };
var ret = touch(obj);
console.log(obj, ret);
// Nested function declarations use only their own locals.
function outer(n) {
  function inner(m) {
    var t = m * 2;
    return t + 1;
  }
  var s = 0;
  for (var i = 0; i < n; i++) s += inner(i);
  return s;
}
console.log(outer(10), outer(1000));
// Unassigned locals are undefined on every call.
function fresh(set) {
  var v;
  if (set) v = 'set';
  return v;
}
console.log(fresh(true), fresh(false), fresh(true), fresh());
