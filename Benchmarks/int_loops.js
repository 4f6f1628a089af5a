// Integer loops: a hash over a counter, with bitwise operators and int32 arithmetic.
function mix(n) {
  var h = 17;
  for (var i = 0; i < n; i++) {
    h = (h * 31 + i) | 0;
    h = h ^ (h >>> 7);
    if ((i & 1023) === 0) h = h + (i % 7);
  }
  return h;
}
var sum = 0;
for (var round = 0; round < 40; round++) sum = (sum + mix(500000)) | 0;
console.log("int_loops", sum);
