// Sieve of Eratosthenes, prefix sums, and counting with arrays.
function sieve(n) {
  var isComposite = new Array(n + 1).fill(false);
  var primes = [];
  for (var i = 2; i <= n; i++) {
    if (isComposite[i]) continue;
    primes.push(i);
    for (var j = i * i; j <= n; j += i) isComposite[j] = true;
  }
  return primes;
}
var p = sieve(100000);
console.log(p.length, p.slice(0, 6), p.slice(-3));
console.log(sieve(1), sieve(2), sieve(10));
// Prefix sums and range queries.
var vals = [];
for (var k = 0; k < 1000; k++) vals.push((k * 7919) % 101 - 50);
var prefix = new Array(vals.length + 1);
prefix[0] = 0;
for (var m = 0; m < vals.length; m++) prefix[m + 1] = prefix[m] + vals[m];
function rangeSum(a, b) {
  return prefix[b] - prefix[a];
}
console.log(rangeSum(0, 1000), rangeSum(10, 20), rangeSum(500, 501), rangeSum(3, 3));
// Check one range by a direct loop.
var direct = 0;
for (var d = 10; d < 20; d++) direct += vals[d];
console.log(direct === rangeSum(10, 20));
// Counting sort of small integers.
function countingSort(a, max) {
  var counts = new Array(max + 1).fill(0);
  for (var i = 0; i < a.length; i++) counts[a[i]]++;
  var out = [];
  for (var v = 0; v <= max; v++) {
    for (var c = 0; c < counts[v]; c++) out.push(v);
  }
  return out;
}
console.log(countingSort([3, 0, 2, 3, 1, 0], 3));
// Maximum subarray sum (Kadane) over the values.
function kadane(a) {
  var best = a[0];
  var cur = 0;
  for (var i = 0; i < a.length; i++) {
    cur = Math.max(a[i], cur + a[i]);
    best = Math.max(best, cur);
  }
  return best;
}
console.log(kadane(vals), kadane([-3, -1, -2]), kadane([2, -1, 2, -1, 2]));
// Pascal's triangle rows in one array updated in place.
var row = [1];
for (var r = 1; r <= 20; r++) {
  row.push(0);
  for (var q = row.length - 1; q > 0; q--) row[q] = row[q] + row[q - 1];
}
console.log(row.length, row[10], row.slice(0, 5));
// Fibonacci numbers kept in an array past 2^53.
var fib = [0, 1];
for (var f = 2; f <= 90; f++) fib.push(fib[f - 1] + fib[f - 2]);
console.log(fib[30], fib[50], fib[78], fib[90]);
