// Mixed: the same branches see int32 values, then doubles, then strings and objects, so the
// types a site has seen change midway through the run.
function combine(a, b) {
  if (a < b) return a + b;
  if (a > b) return a + a;
  return b;
}
function measure(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string") return v.length;
  if (v === null) return 0;
  return v.size;
}
function phase(kind, n) {
  var acc = 0;
  for (var i = 0; i < n; i++) {
    var a, b;
    if (kind === 0) { a = i & 255; b = (i * 7) & 255; }
    else if (kind === 1) { a = (i & 255) * 0.5; b = ((i * 7) & 255) + 0.25; }
    else if (kind === 2) { a = "k" + (i & 15); b = "k" + ((i * 7) & 15); }
    else { a = { size: i & 31 }; b = null; }
    var c = kind === 3 ? measure(a) + measure(b) : combine(a, b);
    acc = (acc + measure(c)) % 1000003;
  }
  return acc;
}
var total = 0;
for (var round = 0; round < 16; round++) {
  for (var kind = 0; kind < 4; kind++) total = (total * 31 + phase(kind, 150000)) % 1000000007;
}
console.log("mixed", total);
