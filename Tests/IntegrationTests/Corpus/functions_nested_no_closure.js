// Nested functions that only use their own parameters, locals and globals.
var G = 100;
function outer(n) {
  var local = n + 1;
  function helper(a, b) {
    var t = a * b;
    return t + G;
  }
  var arrow = (x) => x * 2 + G;
  var expr = function (y) {
    var inner = y - 1;
    return inner;
  };
  return helper(local, 2) + arrow(local) + expr(local);
}
console.log(outer(1), outer(10));
// Two levels of nesting.
function level1(a) {
  function level2(b) {
    function level3(c) {
      return c * 3;
    }
    return level3(b) + 1;
  }
  return level2(a) * 2;
}
console.log(level1(1), level1(5));
// The same nested name in different outer functions.
function p() { function h() { return 'p.h'; } return h(); }
function q() { function h() { return 'q.h'; } return h(); }
console.log(p(), q());
// A nested function passed the outer local explicitly.
function sumOfSquares(arr) {
  function sq(v) { return v * v; }
  var s = 0;
  for (var i = 0; i < arr.length; i++) s += sq(arr[i]);
  return s;
}
console.log(sumOfSquares([1, 2, 3, 4]), sumOfSquares([]));
// A nested function that recurses through the global function name.
function countDown(n) {
  function next(m) { return m - 1; }
  if (n <= 0) return 'done';
  return countDown(next(n));
}
console.log(countDown(50));
// A nested function returned and called later.
function factory(kind) {
  function adder(x) { return x + 1; }
  function doubler(x) { return x * 2; }
  return kind === 'add' ? adder : doubler;
}
var f1 = factory('add');
var f2 = factory('double');
console.log(f1(10), f2(10), factory('add') === factory('add'));
