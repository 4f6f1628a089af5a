// Operands that change type after warm-up: int32 to double to string to undefined.
function add(a, b) { return a + b; }
function lt(a, b) { return a < b; }
var acc = 0;
for (var k = 0; k < 200; k++) acc = add(acc, k);
console.log(acc);
console.log(add(1.5, 2), add(0.1, 0.2), add("a", 1), add(1, "b"), add(undefined, 1), add(null, true));
for (var k = 0; k < 200; k++) lt(k, 100);
console.log(lt(1.5, 2), lt("a", "b"), lt("b", "a"), lt(NaN, 1), lt(undefined, 1), lt(null, 1));
function scale(values, factor) {
  var out = [];
  for (var i = 0; i < values.length; i++) out.push(values[i] * factor);
  return out;
}
var ints = [];
for (var i = 0; i < 100; i++) ints.push(i);
for (var k = 0; k < 30; k++) scale(ints, 2);
console.log(scale([1, 2.5, 3], 2).join(","), scale([1, "2", null, true], 3).join(","), scale([4], 0.5)[0]);
function bits(x) { return (x | 0) + (x >>> 1) + (x << 2) + (x & 0xff) + (~x); }
var b = 0;
for (var k = 0; k < 200; k++) b = (b + bits(k)) | 0;
console.log(b, bits(3.7), bits(-1.5), bits("12"), bits(4294967296), bits(NaN), bits(undefined));
