// Allocation-heavy: strings built by appending and dropped, 2,000 times over.
function line(n) {
  var s = "";
  for (var i = 0; i < n; i++) s += String.fromCharCode(97 + (i * 7) % 26);
  return s;
}
var checksum = 0;
for (var round = 0; round < 40000; round++) {
  var text = line(500 + round % 100);
  checksum = (checksum * 31 + text.charCodeAt(round % text.length) + text.length) % 1000000007;
}
console.log("alloc_strings", checksum);
