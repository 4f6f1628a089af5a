// Array kernel: sieve of Eratosthenes, repeated.
function sieve(n) {
  var flags = new Array(n + 1).fill(true);
  flags[0] = false;
  flags[1] = false;
  for (var i = 2; i * i <= n; i++) {
    if (flags[i]) {
      for (var j = i * i; j <= n; j += i) flags[j] = false;
    }
  }
  var count = 0;
  for (var k = 0; k <= n; k++) if (flags[k]) count++;
  return count;
}
var primes = 0;
for (var r = 0; r < 40; r++) primes += sieve(300000);
console.log("sieve", primes);
