// Returning from inside loops.
function firstMultiple(of, from) {
  for (var i = from; ; i++) {
    if (i % of === 0) return i;
  }
}
console.log(firstMultiple(7, 50), firstMultiple(13, 1000));
function indexOfValue(arr, v) {
  var i = 0;
  while (i < arr.length) {
    if (arr[i] === v) return i;
    i++;
  }
  return -1;
}
console.log(indexOfValue([5, 6, 7], 7), indexOfValue([5, 6, 7], 8));
function nested(n) {
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n; j++) {
      if (i * j === 12) return i + ':' + j;
    }
  }
  return 'none';
}
console.log(nested(10), nested(3));
// A return with no value inside a loop.
function stopAt(n) {
  var seen = 0;
  do {
    seen++;
    if (seen === n) return;
  } while (seen < 100);
  return seen;
}
console.log(stopAt(5), stopAt(200));
// Prime test using early return.
function isPrime(n) {
  if (n < 2) return false;
  for (var d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}
var primes = 0;
for (var k = 0; k < 20000; k++) if (isPrime(k)) primes++;
console.log(primes, isPrime(19997), isPrime(19999));
