// The runaway recursion happens deep inside a loop, inside nested calls, after output.
function down(n) {
  if (n === 0) return 0;
  return 1 + down(n - 1);
}
function measure(d) {
  var r = down(d);
  return r * 2;
}
var depths = [10, 100, 1000, 2000, -1, 5];
var total = 0;
for (var round = 0; round < 3; round++) {
  for (var i = 0; i < depths.length; i++) {
    if (round < 2 && depths[i] < 0) continue;
    var m = measure(depths[i]);
    total += m;
    console.log('round', round, 'depth', depths[i], 'result', m, 'total', total);
  }
}
console.log('never printed', total);
