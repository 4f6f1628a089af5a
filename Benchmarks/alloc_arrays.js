// Allocation-heavy: arrays grown by push, sliced and dropped; a small window survives.
var window = [];
var checksum = 0;
for (var round = 0; round < 30000; round++) {
  var a = [];
  for (var i = 0; i < 1000; i++) a.push(i ^ round);
  var part = a.slice(100, 200);
  checksum = (checksum + part[round % 100] + a.length) % 1000000007;
  window.push(part);
  if (window.length > 10) window = window.slice(1);
}
console.log("alloc_arrays", checksum, window.length);
