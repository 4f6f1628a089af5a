// var and function declarations are hoisted to the top of their function.
function readBefore() {
  var first = typeof later;
  var value = later;
  var later = 'assigned';
  return first + ' ' + value + ' ' + later;
}
console.log(readBefore());
// Inner function declarations can be called before their text, and after a return.
function usesHelpers(n) {
  var a = twice(n);
  var b = plusOne(a);
  return a + ',' + b;
  function twice(x) { return x * 2; }
  function plusOne(x) { return x + 1; }
}
console.log(usesHelpers(5), usesHelpers(-1));
// var in a block or loop is visible in the whole function.
function loopVars() {
  for (var i = 0; i < 3; i++) {
    var inside = i * 10;
  }
  if (false) {
    var skipped = 'never';
  }
  return i + ' ' + inside + ' ' + skipped;
}
console.log(loopVars());
// A var with the same name as a parameter does not reset it.
function paramAndVar(p) {
  var p;
  var copy = p;
  var p = 'reassigned';
  return copy + ' ' + p;
}
console.log(paramAndVar('given'));
// A function declaration and a var of the same name inside a function.
function both() {
  var t1 = typeof inner;
  var inner = 5;
  var t2 = typeof inner;
  function inner() {}
  return t1 + ' ' + t2;
}
console.log(both());
// Hoisted vars are fresh undefined on each call.
function fresh(flag) {
  if (flag) {
    var v = 'set';
  }
  return v;
}
console.log(fresh(true), fresh(false), fresh(true));
// Globals: functions declared at the bottom are usable at the top.
console.log(bottom(3), typeof bottom);
// A var read in a loop before its assignment in the same iteration.
function iterations() {
  var log = '';
  for (var k = 0; k < 3; k++) {
    log += prev + ';';
    var prev = k;
  }
  return log;
}
console.log(iterations());
// Nested functions with hoisted locals of their own.
function outer() {
  return helper() + helper();
  function helper() {
    var count;
    count = (count === undefined ? 0 : count) + 1;
    return count;
  }
}
console.log(outer());
function bottom(x) { return x * x * x; }
