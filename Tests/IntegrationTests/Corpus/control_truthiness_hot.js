// Truthiness in hot code: conditions on array elements and parameters of every kind, after the
// function has run long enough to be optimized, and after the kinds change.
function countTruthy(values) {
  var count = 0;
  for (var i = 0; i < values.length; i++) if (values[i]) count++;
  return count;
}
function flagsOf(values) {
  var out = '';
  for (var i = 0; i < values.length; i++) out += values[i] ? '1' : '0';
  return out;
}
function pick(x) {
  if (x) return 'T';
  return 'F';
}
var booleans = [];
for (var i = 0; i < 200; i++) booleans.push(i % 3 === 0);
var total = 0;
for (var round = 0; round < 300; round++) total += countTruthy(booleans);
console.log('booleans', total, flagsOf(booleans.slice(0, 12)));
var rope = 'ab';
for (var k = 0; k < 5; k++) rope = rope + rope;
var mixed = [0, 1, -1, 2147483647, -0, 0.5, -0.25, NaN, Infinity, '', 'x', '0', rope, rope.slice(0, 0),
             null, undefined, true, false, [], {}, [0], function () {}];
var mixedTotal = 0;
for (var round = 0; round < 300; round++) mixedTotal += countTruthy(mixed);
console.log('mixed', mixedTotal, flagsOf(mixed));
var picks = '';
for (var round = 0; round < 2000; round++) {
  var v = round < 1500 ? round % 2 === 0 : mixed[round % mixed.length];
  var p = pick(v);
  if (round >= 1990 || round % 97 === 0) picks += p;
}
console.log('picks', picks);
var doubles = [];
for (var i = 0; i < 100; i++) doubles.push(i % 4 === 0 ? 0 : i / 8);
doubles.push(NaN);
var doubleTotal = 0;
for (var round = 0; round < 300; round++) doubleTotal += countTruthy(doubles);
console.log('doubles', doubleTotal);
