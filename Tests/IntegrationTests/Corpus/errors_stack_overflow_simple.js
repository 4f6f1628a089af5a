// Unbounded recursion ends in a RangeError, after the bounded calls have printed.
function countDown(n) {
  if (n === 0) return 0;
  return 1 + countDown(n - 1);
}
console.log(countDown(0), countDown(1), countDown(100), countDown(1000));
// Mutual recursion that terminates.
function ping(n) { return n <= 0 ? 'ping' : pong(n - 1); }
function pong(n) { return n <= 0 ? 'pong' : ping(n - 1); }
console.log(ping(10), ping(11), pong(500));
// Recursion with several arguments and locals per frame.
function sumRange(lo, hi) {
  if (lo > hi) return 0;
  var mid = lo;
  return mid + sumRange(lo + 1, hi);
}
console.log(sumRange(1, 100), sumRange(1, 2000));
// A negative start never reaches zero: the stack runs out.
console.log('starting the runaway call');
console.log(countDown(-1));
console.log('never printed');
